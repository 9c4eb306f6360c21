using System.Text;
using DirectPayments.Application.Common;
using DirectPayments.Application.Jobs;
using DirectPayments.Application.Payments.Statements;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Payments;

/// <summary>A statement import tells its job's page what it is doing, stage by stage, as a long import goes on.</summary>
public sealed class StatementImportProgressTests
{
    [Fact]
    public async Task The_import_says_when_it_reads_the_accounts_then_the_lines_then_adds_them_to_the_totals()
    {
        using var factory = new PortalFactory();
        await factory.CaseIdAsync("Alex Citizen");
        using var scope = factory.Services.CreateScope();
        var portal = scope.ServiceProvider.GetRequiredService<IPortalDb>();
        var importer = scope.ServiceProvider.GetRequiredService<IStatementImporter>();
        using var file = new MemoryStream(Encoding.UTF8.GetBytes("account,transaction_id,date,amount,merchant,mcc,description,balance\n"
            + "4929000000001234,T-1,2026-11-02,-48.00,Sunrise Care Ltd,8050,Agency visit,300.00\n"
            + "4929000000001234,T-2,2026-11-03,-12.50,Sunrise Care Ltd,8050,Agency visit,287.50\n"));
        var progress = new Stages();

        await portal.InTransactionAsync(c => importer.ImportAsync(file, new DateOnly(2026, 11, 20), Guid.CreateVersion7(), progress, c));

        Assert.Equal(["Reading the accounts", "Reading the lines", "Adding 2 lines to the accounts' totals"], progress.Reported);
    }

    private sealed class Stages : IJobProgress
    {
        public List<string> Reported { get; } = [];

        public ValueTask ReportAsync(long done, long? total, string stage, CancellationToken cancellationToken)
        {
            lock (Reported)
            {
                Reported.Add(stage);
            }

            return ValueTask.CompletedTask;
        }
    }
}

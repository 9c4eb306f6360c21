using DirectPayments.Application.Common;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Persistence;

/// <summary>
/// Rows inserted in sets (a payment run's payments and ledger lines, ADR 32) are stored exactly as a save stores them,
/// only inside a command's transaction, never for a record audited field by field, and a row the database refuses
/// fails the insert as a save would.
/// </summary>
public sealed class SetInsertTests
{
    private static readonly DateOnly Day = new(2026, 11, 16);

    [Fact]
    public async Task A_row_inserted_in_a_set_is_stored_as_a_save_stores_it()
    {
        using var factory = new PortalFactory();
        PaymentRun Run(string by)
        {
            var run = new PaymentRun(new PaymentPeriod(Day), by, new DateTimeOffset(2026, 11, 16, 9, 30, 0, TimeSpan.Zero));
            run.Totals(3, Money.FromPounds(123.45m));
            run.PaidLateBecause("The bank's holiday.");
            return run;
        }

        var saved = Run("saved@example.org");
        var inSet = Run("in-set@example.org");

        await InTransactionAsync(factory, async db =>
        {
            db.Set<PaymentRun>().Add(saved);
            await db.SaveChangesAsync();
            await db.InsertAsync([inSet]);
        });

        var rows = await factory.RawRowsAsync($"SELECT * FROM \"PaymentRuns\" WHERE \"CommittedBy\" IN ('saved@example.org', 'in-set@example.org') ORDER BY \"CommittedBy\"");
        Assert.Equal(2, rows.Count);
        Assert.Equal(
            rows[0].Where(c => c.Key is not ("Id" or "CommittedBy")),
            rows[1].Where(c => c.Key is not ("Id" or "CommittedBy")));
    }

    [Fact]
    public async Task A_ledger_line_inserted_in_a_set_is_stored_with_every_column()
    {
        using var factory = new PortalFactory();
        var (account, caseId) = await AlexsAccountAsync(factory);
        var run = new PaymentRun(new PaymentPeriod(Day), "finance@example.org", new DateTimeOffset(2026, 11, 16, 9, 30, 0, TimeSpan.Zero));
        var line = Line(account, caseId, "IN-SET").WrittenBy(run);

        await InTransactionAsync(factory, async db =>
        {
            await db.InsertAsync([run]);
            await db.InsertAsync([line]);
        });

        var read = await factory.QueryAsync(db => db.Set<AccountTransaction>().AsNoTracking().SingleAsync(t => t.Id == line.Id));
        Assert.Equal(
            (line.DirectPaymentId, line.CaseId, line.Date, line.Amount, line.Kind, line.Source, line.Description, line.PaymentRunId, line.RunningBalance, line.Category),
            (read.DirectPaymentId, read.CaseId, read.Date, read.Amount, read.Kind, read.Source, read.Description, read.PaymentRunId, read.RunningBalance, read.Category));
    }

    [Fact]
    public async Task A_row_inserted_in_a_set_reads_back_as_it_was_made()
    {
        using var factory = new PortalFactory();
        var (account, caseId) = await AlexsAccountAsync(factory);
        var run = new PaymentRun(new PaymentPeriod(Day), "finance@example.org", new DateTimeOffset(2026, 11, 16, 9, 30, 0, TimeSpan.Zero));
        run.Totals(1, Money.FromPounds(123.45m));
        run.PaidLateBecause("The bank's holiday.");

        await InTransactionAsync(factory, db => db.InsertAsync([run]));

        var read = await factory.QueryAsync(db => db.Set<PaymentRun>().SingleAsync(r => r.Id == run.Id));
        Assert.Equal(
            (run.PeriodStart, run.CommittedBy, run.CommittedAt, run.PaymentCount, run.ControlTotal, run.LateReason),
            (read.PeriodStart, read.CommittedBy, read.CommittedAt, read.PaymentCount, read.ControlTotal, read.LateReason));
    }

    [Fact]
    public async Task More_rows_than_one_statement_holds_are_all_inserted()
    {
        using var factory = new PortalFactory();
        var (account, caseId) = await AlexsAccountAsync(factory);
        var lines = Enumerable.Range(1, 451).Select(i => Line(account, caseId, $"SET-{i}")).ToList();

        await InTransactionAsync(factory, db => db.InsertAsync(lines));

        Assert.Equal(451, await factory.QueryAsync(db => db.Set<AccountTransaction>().CountAsync(t => t.ProviderTransactionId.StartsWith("SET-"))));
    }

    [Fact]
    public async Task A_row_the_unique_index_refuses_fails_the_insert_as_a_duplicate()
    {
        using var factory = new PortalFactory();
        var (account, caseId) = await AlexsAccountAsync(factory);

        var refused = await Assert.ThrowsAsync<DbUpdateException>(() => InTransactionAsync(factory,
            db => db.InsertAsync([Line(account, caseId, "TWICE"), Line(account, caseId, "TWICE")])));

        using var scope = factory.Services.CreateScope();
        Assert.True(scope.ServiceProvider.GetRequiredService<IPortalDb>().IsDuplicate(refused));
    }

    [Fact]
    public async Task Nothing_inserted_in_a_set_is_kept_when_its_transaction_fails()
    {
        using var factory = new PortalFactory();
        var (account, caseId) = await AlexsAccountAsync(factory);

        await Assert.ThrowsAsync<DbUpdateException>(() => InTransactionAsync(factory, async db =>
        {
            await db.InsertAsync([Line(account, caseId, "KEPT?")]);
            await db.InsertAsync([Line(account, caseId, "TWICE"), Line(account, caseId, "TWICE")]);
        }));

        Assert.Equal(0, await factory.QueryAsync(db => db.Set<AccountTransaction>().CountAsync(t => t.ProviderTransactionId == "KEPT?")));
    }

    [Fact]
    public async Task Rows_are_inserted_in_sets_only_inside_a_transaction()
    {
        using var factory = new PortalFactory();
        var (account, caseId) = await AlexsAccountAsync(factory);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.InsertAsync([Line(account, caseId, "ALONE")]));
    }

    [Fact]
    public async Task An_audited_record_is_not_inserted_in_a_set()
    {
        using var factory = new PortalFactory();
        var (_, caseId) = await AlexsAccountAsync(factory);
        var notice = new Notice(caseId, NoticeKind.PaymentStarted, "Your payments have started", "From 16 November 2026.", [], DateTimeOffset.UtcNow);

        // A notice is audited field by field, which only a save does.
        await Assert.ThrowsAsync<InvalidOperationException>(() => InTransactionAsync(factory, db => db.InsertAsync([notice])));
    }

    private static AccountTransaction Line(Guid account, Guid caseId, string providerId) =>
        new(account, caseId, providerId, Day, Money.FromPounds(12.34m), TransactionKind.CouncilPayment, TransactionSource.PaymentRun, "Council payment DP-1001-20261116");

    private static Task<(Guid Account, Guid CaseId)> AlexsAccountAsync(PortalFactory factory) =>
        factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.RecipientName == "Alex Citizen")
            .Select(d => new ValueTuple<Guid, Guid>(d.Id, d.CaseId)).SingleAsync());

    private static async Task InTransactionAsync(PortalFactory factory, Func<IPortalDb, Task> work)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
        await db.InTransactionAsync(async _ =>
        {
            await work(db);
            return true;
        });
    }
}

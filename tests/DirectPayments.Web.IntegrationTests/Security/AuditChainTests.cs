using DirectPayments.Application.Administration.AuditTrail;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// Issue 16: the audit trail could be changed by anyone with the database and nobody would know. Each entry is now
/// sealed into a hash chain shortly after it is written, and a check recomputes the chain.
/// </summary>
public sealed class AuditChainTests
{
    [Fact]
    public async Task Every_entry_is_sealed_in_turn_and_the_check_finds_the_trail_unchanged()
    {
        using var factory = new PortalFactory();
        await factory.SignedInAsync("reviewer@example.org");

        await SealAllAsync(factory);
        var check = await CheckAsync(factory);

        Assert.True(check.Intact, check.Problem);
        Assert.Equal(0, check.NotYetSealed);
        Assert.Equal(await factory.QueryAsync(db => db.AuditEntries.LongCountAsync()), check.Sealed);
    }

    [Fact]
    public async Task Entries_written_after_a_seal_continue_the_chain()
    {
        using var factory = new PortalFactory();
        await SealAllAsync(factory);
        var before = (await CheckAsync(factory)).Sealed;

        await factory.SignedInAsync("finance@example.org");
        await SealAllAsync(factory);
        var check = await CheckAsync(factory);

        Assert.True(check.Intact, check.Problem);
        Assert.True(check.Sealed > before);
    }

    [Fact]
    public async Task An_entry_changed_after_it_was_sealed_is_found()
    {
        using var factory = new PortalFactory();
        await SealAllAsync(factory);

        await SqlAsync(factory, "UPDATE \"AuditEntries\" SET \"Description\" = 'nothing happened' WHERE \"ChainSequence\" = 3");
        var check = await CheckAsync(factory);

        Assert.Equal(3, check.BrokenAt);
        Assert.Contains("has been changed", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_removed_from_the_middle_is_found()
    {
        using var factory = new PortalFactory();
        await SealAllAsync(factory);

        await SqlAsync(factory, "DELETE FROM \"AuditEntries\" WHERE \"ChainSequence\" = 2");
        var check = await CheckAsync(factory);

        Assert.Equal(2, check.BrokenAt);
        Assert.Contains("has been removed", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_last_entries_removed_are_found()
    {
        using var factory = new PortalFactory();
        await SealAllAsync(factory);

        await SqlAsync(factory, "DELETE FROM \"AuditEntries\" WHERE \"ChainSequence\" = (SELECT MAX(\"ChainSequence\") FROM \"AuditEntries\")");
        var check = await CheckAsync(factory);

        Assert.False(check.Intact);
        Assert.Contains("the last have been removed", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sealers_on_several_instances_at_the_same_moment_give_each_entry_one_place()
    {
        using var factory = new PortalFactory();
        for (var i = 0; i < 4; i++)
        {
            await factory.SignedInAsync("citizen@example.org");
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            using var scope = factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IAuditChain>().SealAsync();
        })));
        await SealAllAsync(factory);

        var check = await CheckAsync(factory);
        Assert.True(check.Intact, check.Problem);
        Assert.Equal(await factory.QueryAsync(db => db.AuditEntries.LongCountAsync()), check.Sealed);
    }

    [Fact]
    public async Task The_administrator_reads_the_result_of_the_check()
    {
        using var factory = new PortalFactory();
        await SealAllAsync(factory);
        await SqlAsync(factory, "UPDATE \"AuditEntries\" SET \"UserName\" = 'someone else' WHERE \"ChainSequence\" = 1");
        var admin = await factory.SignedInAsync("admin@example.org");

        var page = await admin.GetDocumentAsync("/administration/audit-trail");

        Assert.Contains("The audit trail has been changed: entry 1 of the chain", page.QuerySelector("#audit-check")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task SealAllAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var chain = scope.ServiceProvider.GetRequiredService<IAuditChain>();
        while (await chain.SealAsync() > 0)
        {
        }
    }

    private static async Task<AuditChainCheck> CheckAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IAuditChain>().VerifyAsync();
    }

    private static async Task SqlAsync(PortalFactory factory, string sql)
    {
        using var scope = factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>().Database.ExecuteSqlRawAsync(sql);
    }
}

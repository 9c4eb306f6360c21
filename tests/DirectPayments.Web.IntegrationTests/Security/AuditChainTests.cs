using DirectPayments.Application.Administration.AuditTrail;
using DirectPayments.Infrastructure.Auditing;
using DirectPayments.Infrastructure.Data;
using Microsoft.AspNetCore.Hosting;
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

    [Fact]
    public async Task With_the_councils_key_every_place_is_sealed_with_it_and_the_chain_holds()
    {
        using var factory = new KeyedFactory();
        await SealAllAsync(factory);

        var check = await CheckAsync(factory);

        Assert.True(check.Intact, check.Problem);
        Assert.Equal(1, check.KeyedFrom);
    }

    [Fact]
    public async Task A_trail_changed_and_resealed_without_the_key_is_found()
    {
        using var factory = new KeyedFactory();
        await SealAllAsync(factory);
        await SqlAsync(factory, "UPDATE \"AuditEntries\" SET \"Description\" = 'nothing happened' WHERE \"ChainSequence\" = 3");

        await ResealWithoutTheKeyAsync(factory);
        var check = await CheckAsync(factory);

        Assert.Equal(1, check.BrokenAt);
    }

    [Fact]
    public async Task Removing_where_sealing_with_the_key_began_is_found()
    {
        using var factory = new KeyedFactory();
        await SealAllAsync(factory);
        await ResealWithoutTheKeyAsync(factory);

        await SqlAsync(factory, "DELETE FROM \"AuditChainKeyPeriods\"");
        var check = await CheckAsync(factory);

        Assert.Equal("where sealing with the council's key began has been removed or changed", check.Problem);
    }

    [Fact]
    public async Task A_key_configured_later_seals_with_it_from_the_next_place()
    {
        using var first = new PortalFactory();
        await SealAllAsync(first);
        var before = (await CheckAsync(first)).Sealed;

        using var keyed = new KeyedFactory { SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        await keyed.SignedInAsync("reviewer@example.org");
        await SealAllAsync(keyed);
        var check = await CheckAsync(keyed);

        Assert.True(check.Intact, check.Problem);
        Assert.Equal(before + 1, check.KeyedFrom);
    }

    [Fact]
    public async Task Without_the_key_a_keyed_chain_is_not_passed_as_checked()
    {
        using var keyed = new KeyedFactory();
        await SealAllAsync(keyed);

        using var keyless = new PortalFactory { SharedDataFolder = keyed.DataFolder, SharedPostgresDatabase = keyed.PostgresDatabase };
        var check = await CheckAsync(keyless);

        Assert.False(check.Intact);
        Assert.Contains("no key (Audit:ChainKey) is configured", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_key_seals_from_the_next_place_and_the_whole_chain_still_holds()
    {
        using var first = new KeyedFactory();
        await SealAllAsync(first);
        var before = (await CheckAsync(first)).Sealed;

        using var changed = new KeyedFactory { Key = OtherKey, PreviousKeys = [first.Key], SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        await changed.SignedInAsync("reviewer@example.org");
        await SealAllAsync(changed);
        var check = await CheckAsync(changed);

        Assert.True(check.Intact, check.Problem);
        Assert.Equal([before + 1], check.KeyChangedAt);
    }

    [Fact]
    public async Task A_new_key_without_the_old_one_kept_seals_nothing()
    {
        using var first = new KeyedFactory();
        await SealAllAsync(first);

        using var changed = new KeyedFactory { Key = OtherKey, SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        await changed.SignedInAsync("reviewer@example.org");
        await SealAllAsync(changed);

        Assert.True(await changed.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.ChainSequence == null)));
    }

    [Fact]
    public async Task Without_the_old_key_the_places_it_sealed_are_not_passed_as_checked()
    {
        using var first = new KeyedFactory();
        await SealAllAsync(first);

        using var changed = new KeyedFactory { Key = OtherKey, SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        var check = await CheckAsync(changed);

        Assert.False(check.Intact);
        Assert.Contains("sealed with a key that is not configured", check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_instance_still_on_the_old_key_does_not_seal_after_the_key_changed()
    {
        // During a deployment one instance may still have the old key: it must not start a period of its own.
        using var first = new KeyedFactory();
        await SealAllAsync(first);
        using var changed = new KeyedFactory { Key = OtherKey, PreviousKeys = [first.Key], SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        await changed.SignedInAsync("reviewer@example.org");
        await SealAllAsync(changed);

        await first.SignedInAsync("reviewer@example.org");
        await SealAllAsync(first);

        Assert.Single((await CheckAsync(changed)).KeyChangedAt!);
        Assert.True(await first.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.ChainSequence == null)));
    }

    [Fact]
    public async Task Moving_where_the_new_key_began_is_found()
    {
        using var first = new KeyedFactory();
        await SealAllAsync(first);
        using var changed = new KeyedFactory { Key = OtherKey, PreviousKeys = [first.Key], SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        await changed.SignedInAsync("reviewer@example.org");
        await SealAllAsync(changed);
        var began = Assert.Single((await CheckAsync(changed)).KeyChangedAt!);

        await SqlAsync(changed, $"UPDATE \"AuditChainKeyPeriods\" SET \"From\" = {began + 1} WHERE \"From\" = {began}");
        var check = await CheckAsync(changed);

        Assert.Equal(began + 1, check.BrokenAt);
    }

    [Fact]
    public async Task The_administrator_reads_where_the_key_was_changed()
    {
        using var first = new KeyedFactory();
        await SealAllAsync(first);
        using var changed = new KeyedFactory { Key = OtherKey, PreviousKeys = [first.Key], SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        var admin = await changed.SignedInAsync("admin@example.org");
        await SealAllAsync(changed);
        var began = Assert.Single((await CheckAsync(changed)).KeyChangedAt!);

        var page = await admin.GetDocumentAsync("/administration/audit-trail");

        Assert.Contains($"The key was changed from entry {began:N0};", page.QuerySelector("#key-changes")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_too_short_stops_the_portal_at_start()
    {
        using var factory = new KeyedFactory { Key = Convert.ToBase64String(new byte[16]) };

        Assert.ThrowsAny<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.CreateClient());
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

    /// <summary>What someone who can write to the database, but has no key, can do: recompute every seal with SHA-256.</summary>
    private static Task<int> ResealWithoutTheKeyAsync(PortalFactory factory) =>
        factory.QueryAsync(async db =>
        {
            var hash = AuditChain.Start;
            var entries = await db.AuditEntries.Where(e => e.ChainSequence != null).OrderBy(e => e.ChainSequence).ToListAsync();
            foreach (var entry in entries)
            {
                var content = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new object?[]
                {
                    hash, entry.ChainSequence, entry.Id, entry.OccurredAt.UtcTicks, entry.UserId, entry.UserName, entry.EntityType, entry.EntityId,
                    entry.CaseId?.ToString(), entry.Action, entry.Changes, entry.Description,
                });
                hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(content)).ToLowerInvariant();
                await db.AuditEntries.Where(e => e.Id == entry.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.ChainHash, hash));
            }

            await db.Set<AuditChainHead>().ExecuteUpdateAsync(s => s.SetProperty(h => h.Hash, hash));
            return entries.Count;
        });

    private static readonly string OtherKey = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("the council's next key for the chain, 32+ bytes"));

    /// <summary>A portal with the council's key for the audit chain.</summary>
    private sealed class KeyedFactory : PortalFactory
    {
        public string Key { get; init; } = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("a test key for the audit chain, 32+ bytes long"));

        public string[] PreviousKeys { get; init; } = [];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Audit:ChainKey", Key);
            for (var i = 0; i < PreviousKeys.Length; i++)
            {
                builder.UseSetting($"Audit:PreviousChainKeys:{i}", PreviousKeys[i]);
            }
        }
    }
}

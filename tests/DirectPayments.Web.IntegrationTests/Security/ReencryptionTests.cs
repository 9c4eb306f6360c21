using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Payments;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// Every protected value (account numbers, authenticator secrets) made under a key other than the key ring's current
/// one is encrypted again under the current one at start-up, so that an old or revoked key can be retired (ADR 17).
/// Each test has its own key ring, since it adds keys to it.
/// </summary>
public sealed class ReencryptionTests
{
    private const string AlexsCard = "4929000000001234";

    [Fact]
    public async Task Values_made_under_an_older_key_are_encrypted_again_under_the_current_key()
    {
        using var factory = new PortalFactory { KeysFolder = null };
        factory.CreateClient().Dispose();
        var before = await KeyIdsAsync(factory);
        var current = NewDefaultKey(factory);

        var result = await RunAsync(factory);

        Assert.DoesNotContain(current, before);
        Assert.All(await KeyIdsAsync(factory), id => Assert.Equal(current, id));
        Assert.True(result.AccountNumbers >= 2 && result.AuthenticatorSecrets >= 4, result.ToString());
    }

    [Fact]
    public async Task Values_under_a_revoked_key_are_rescued_under_the_current_key()
    {
        using var factory = new PortalFactory { KeysFolder = null };
        factory.CreateClient().Dispose();
        var keys = factory.Services.GetRequiredService<IKeyManager>();
        var old = Assert.Single(keys.GetAllKeys()).KeyId;
        var current = NewDefaultKey(factory);
        keys.RevokeKey(old, "retired");

        await RunAsync(factory);

        Assert.All(await KeyIdsAsync(factory), id => Assert.Equal(current, id));
        Assert.Contains(AlexsCard, await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Select(d => d.AccountIdentifier).ToListAsync()));
    }

    [Fact]
    public async Task Encrypting_again_changes_nothing_the_second_time()
    {
        using var factory = new PortalFactory { KeysFolder = null };
        factory.CreateClient().Dispose();
        NewDefaultKey(factory);
        await RunAsync(factory);
        var stored = await StoredAsync(factory);

        var second = await RunAsync(factory);

        Assert.Equal(new Reencrypted(0, 0, 0), second);
        Assert.Equal(stored, await StoredAsync(factory));
    }

    [Fact]
    public async Task A_run_that_encrypted_values_again_is_audited_once_in_words()
    {
        using var factory = new PortalFactory { KeysFolder = null };
        factory.CreateClient().Dispose();
        NewDefaultKey(factory);

        var result = await RunAsync(factory);
        await RunAsync(factory);

        var entry = Assert.Single(await factory.QueryAsync(db => db.Set<AuditEntry>().Where(a => a.Description!.Contains("re-encrypted")).ToListAsync()));
        Assert.Equal($"{result.AccountNumbers} account numbers and {result.AuthenticatorSecrets} authenticator secrets re-encrypted under the current key", entry.Description);
        Assert.Equal("system", entry.UserId);
    }

    [Fact]
    public async Task Values_under_an_older_key_are_encrypted_again_at_the_next_start()
    {
        using var first = new PortalFactory { KeysFolder = null };
        first.CreateClient().Dispose();
        var current = NewDefaultKey(first);

        using var restarted = new PortalFactory { KeysFolder = null, SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        restarted.CreateClient().Dispose();

        Assert.All(await KeyIdsAsync(restarted), id => Assert.Equal(current, id));
    }

    /// <summary>
    /// A new key, active from just after the newest one (by whichever clock Data Protection reads), so the key ring's
    /// default from now on.
    /// </summary>
    private static Guid NewDefaultKey(PortalFactory factory)
    {
        var keys = factory.Services.GetRequiredService<IKeyManager>();
        var newest = keys.GetAllKeys().Max(k => k.ActivationDate);
        var key = keys.CreateNewKey(newest.AddSeconds(1), newest.AddDays(90));

        // The key ring is cached, and refreshed in the background once a new key is made.
        var protection = factory.Services.GetRequiredService<AccountNumberProtection>();
        for (var wait = 0; wait < 100 && protection.CurrentKeyId() != key.KeyId; wait++)
        {
            Thread.Sleep(100);
        }

        Assert.Equal(key.KeyId, protection.CurrentKeyId());
        return key.KeyId;
    }

    private static async Task<Reencrypted> RunAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AccountNumberEncryption>().EncryptUnderCurrentKeyAsync();
    }

    /// <summary>Every protected value as the database holds it: the account numbers' columns and Identity's tokens.</summary>
    private static async Task<List<string>> StoredAsync(PortalFactory factory) =>
        [
            .. (await factory.RawAsync("SELECT \"AccountIdentifier\" FROM \"DirectPayments\"")).OfType<string>(),
            .. (await factory.RawAsync("SELECT \"PayeeAccountDigits\" FROM \"OneOffDirectPayments\"")).OfType<string>(),
            .. (await factory.RawAsync("SELECT \"PayeeAccountDigits\" FROM \"Payments\"")).OfType<string>(),
            .. (await factory.RawAsync("SELECT \"Value\" FROM \"AspNetUserTokens\"")).OfType<string>(),
        ];

    private static async Task<List<Guid?>> KeyIdsAsync(PortalFactory factory)
    {
        var stored = await StoredAsync(factory);
        Assert.NotEmpty(stored);
        return [.. stored.Select(AccountNumberProtection.KeyIdOf)];
    }
}

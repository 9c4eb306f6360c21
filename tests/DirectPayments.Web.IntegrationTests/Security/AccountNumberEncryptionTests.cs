using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Payments;
using DirectPayments.Infrastructure;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// Card and bank account numbers are encrypted at rest (ASVS V6, docs/adr/0017): each column holds ciphertext, the
/// pages and the audit show them masked, and only the finance payment file carries them in full. Numbers stored in
/// clear before are encrypted at the next start, and the Data Protection keys are encrypted with a configured certificate.
/// </summary>
public sealed class AccountNumberEncryptionTests
{
    // The demo's numbers: Alex Citizen's prepaid card, and the bank account Joan Fisher's one-off is paid to.
    private const string AlexsCard = "4929000000001234";
    private const string JoansPayee = "401122" + "33445566";
    private const string Period = "2026-11-16";

    [Fact]
    public async Task A_card_number_is_stored_encrypted()
    {
        using var factory = new PortalFactory();

        var stored = await StoredAsync(factory, "DirectPayments", "AccountIdentifier");

        Assert.NotEmpty(stored);
        Assert.All(stored, value => Assert.StartsWith(AccountNumberProtection.Prefix, value, StringComparison.Ordinal));
        Assert.DoesNotContain(stored, value => value!.Contains(AlexsCard, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_one_off_payees_account_is_stored_encrypted()
    {
        using var factory = new PortalFactory();

        var stored = (await StoredAsync(factory, "OneOffDirectPayments", "PayeeAccountDigits")).OfType<string>().ToList();

        Assert.NotEmpty(stored);
        Assert.All(stored, value => Assert.StartsWith(AccountNumberProtection.Prefix, value, StringComparison.Ordinal));
        Assert.DoesNotContain(stored, value => value.Contains("33445566", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_account_a_payment_was_made_to_is_stored_encrypted()
    {
        using var factory = new PortalFactory();
        await CommitAsync(factory);

        var stored = await StoredAsync(factory, "Payments", "PayeeAccountDigits");

        Assert.NotEmpty(stored);
        Assert.All(stored, value => Assert.StartsWith(AccountNumberProtection.Prefix, value, StringComparison.Ordinal));
        Assert.DoesNotContain(stored, value => value!.Contains(AlexsCard, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_payment_file_still_carries_the_full_account()
    {
        using var first = new PortalFactory();
        var run = await CommitAsync(first);

        // Read by another instance over the same database and keys, as after a restart.
        using var restarted = new PortalFactory { SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        var csv = await PaymentFileAsync(restarted, run);

        Assert.Equal(AlexsCard, Line(csv, "Alex Citizen")[4]);
    }

    [Fact]
    public async Task The_case_page_shows_the_number_masked()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var page = (await manager.GetDocumentAsync($"/case-management/cases/{alex}")).MainText();

        Assert.Contains("****1234", page, StringComparison.Ordinal);
        Assert.DoesNotContain(AlexsCard, page, StringComparison.Ordinal);
        Assert.DoesNotContain(AccountNumberProtection.Prefix, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_carries_numbers_masked_never_in_clear_or_encrypted()
    {
        using var factory = new PortalFactory();
        await CommitAsync(factory);

        var changes = await factory.QueryAsync(db => db.Set<AuditEntry>().Select(a => a.Changes).ToListAsync());

        Assert.Contains(changes, c => c.Contains("****1234", StringComparison.Ordinal));
        Assert.DoesNotContain(changes, c => c.Contains(AlexsCard, StringComparison.Ordinal) || c.Contains(AccountNumberProtection.Prefix, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_number_stored_in_clear_before_is_encrypted_at_start()
    {
        using var first = new PortalFactory();
        await CommitAsync(first);
        await StoreInClearAsync(first);

        using var restarted = new PortalFactory { SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        restarted.CreateClient().Dispose();

        string[] stored =
        [
            .. (await StoredAsync(restarted, "DirectPayments", "AccountIdentifier")).OfType<string>(),
            .. (await StoredAsync(restarted, "Payments", "PayeeAccountDigits")).OfType<string>(),
            .. (await StoredAsync(restarted, "OneOffDirectPayments", "PayeeAccountDigits")).OfType<string>(),
        ];
        Assert.All(stored, value => Assert.StartsWith(AccountNumberProtection.Prefix, value, StringComparison.Ordinal));
        Assert.DoesNotContain(stored, value => value.Contains("4929000000005678", StringComparison.Ordinal) || value.Contains(JoansPayee, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_number_encrypted_at_start_is_shown_masked_and_paid_in_full()
    {
        using var first = new PortalFactory();
        first.CreateClient().Dispose();
        await StoreInClearAsync(first);

        using var restarted = new PortalFactory { SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        var manager = await restarted.SignedInAsync("casemanager@example.org");
        var page = (await manager.GetDocumentAsync($"/case-management/cases/{await restarted.CaseIdAsync("Alex Citizen")}")).MainText();
        var csv = await PaymentFileAsync(restarted, await CommitAsync(restarted));

        Assert.Contains("****5678", page, StringComparison.Ordinal);
        Assert.Equal("4929000000005678", Line(csv, "Alex Citizen")[4]);
    }

    [Fact]
    public async Task Encrypting_at_start_finds_nothing_to_do_the_second_time()
    {
        using var factory = new PortalFactory();
        factory.CreateClient().Dispose();
        var inClear = await StoreInClearAsync(factory);
        using var scope = factory.Services.CreateScope();
        var encryption = scope.ServiceProvider.GetRequiredService<AccountNumberEncryption>();

        var first = await encryption.EncryptStoredInClearAsync();
        var second = await encryption.EncryptStoredInClearAsync();

        Assert.True(inClear >= 2, $"{inClear} numbers were stored in clear");
        Assert.Equal((inClear, 0), (first, second));
    }

    [Fact]
    public async Task Each_portal_in_one_process_encrypts_with_its_own_keys()
    {
        // EF Core caches the model, and so the converter, per context type: were it shared, the second portal would
        // encrypt with the first one's keys, which its own key ring cannot read.
        using (var earlier = new PortalFactory { KeysFolder = null })
        {
            earlier.CreateClient().Dispose();
        }

        using var factory = new PortalFactory { KeysFolder = null };
        factory.CreateClient().Dispose();
        var stored = (await StoredAsync(factory, "DirectPayments", "AccountIdentifier")).ToList();
        var ownKeys = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(AccountNumberProtection.Purpose);

        var numbers = stored.Select(s => ownKeys.Unprotect(s![AccountNumberProtection.Prefix.Length..])).ToList();

        Assert.Contains(AlexsCard, numbers);
    }

    [Fact]
    public void Portals_that_read_the_same_keys_share_one_model()
    {
        // Building the model and compiling its queries again for every portal made the test run minutes longer.
        using var one = new PortalFactory();
        using var another = new PortalFactory();

        Assert.Same(ModelOf(one), ModelOf(another));
    }

    [Fact]
    public void Portals_that_share_one_model_encrypt_with_one_protection()
    {
        // The model's converters hold a protection: a portal that encrypts at start-up with another reads it back
        // through the converters, so the two must be one (see TestKeys.AccountNumbers).
        using var one = new PortalFactory();
        using var another = new PortalFactory();

        Assert.Same(one.Services.GetRequiredService<AccountNumberProtection>(), another.Services.GetRequiredService<AccountNumberProtection>());
    }

    [Fact]
    public async Task Data_protection_keys_are_encrypted_with_a_configured_certificate()
    {
        using var certificate = new TestCertificate();
        using var factory = new PortalFactory { KeysFolder = null };
        using var portal = WithCertificate(factory, certificate);
        portal.CreateClient().Dispose();

        var keys = await KeysInTheDatabaseAsync(portal);

        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Contains("<encryptedSecret", key, StringComparison.Ordinal);
            Assert.Contains("EncryptedData", key, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Keys_encrypted_with_the_certificate_are_read_back_after_a_restart()
    {
        using var certificate = new TestCertificate();
        using var first = new PortalFactory { KeysFolder = null };
        using (var portal = WithCertificate(first, certificate))
        {
            portal.CreateClient().Dispose();
        }

        using var again = new PortalFactory { KeysFolder = null, SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        using var restarted = WithCertificate(again, certificate);
        using var scope = restarted.Services.CreateScope();
        var numbers = await scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>()
            .Set<DirectPaymentAgreement>().Select(d => d.AccountIdentifier).ToListAsync();

        Assert.Contains(AlexsCard, numbers);
    }

    [Fact]
    public async Task After_the_certificate_is_changed_the_previous_one_still_reads_the_keys_it_encrypted()
    {
        using var before = new TestCertificate();
        using var after = new TestCertificate();
        using var first = new PortalFactory { KeysFolder = null };
        using (var portal = WithCertificate(first, before))
        {
            portal.CreateClient().Dispose();
        }

        using var again = new PortalFactory { KeysFolder = null, SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        using var restarted = WithCertificate(again, after).WithWebHostBuilder(builder => builder
            .UseSetting($"{PortalDataProtection.PreviousCertificatesKey}:0:Path", before.Path)
            .UseSetting($"{PortalDataProtection.PreviousCertificatesKey}:0:Password", before.Password));
        using var scope = restarted.Services.CreateScope();
        var numbers = await scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>()
            .Set<DirectPaymentAgreement>().Select(d => d.AccountIdentifier).ToListAsync();

        Assert.Contains(AlexsCard, numbers);
    }

    [Fact]
    public async Task Without_the_previous_certificate_the_keys_it_encrypted_cannot_be_read()
    {
        using var before = new TestCertificate();
        using var after = new TestCertificate();
        using var first = new PortalFactory { KeysFolder = null };
        using (var portal = WithCertificate(first, before))
        {
            portal.CreateClient().Dispose();
        }

        using var again = new PortalFactory { KeysFolder = null, SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        using var restarted = WithCertificate(again, after);

        await Assert.ThrowsAnyAsync<System.Security.Cryptography.CryptographicException>(async () =>
        {
            using var scope = restarted.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>().Set<DirectPaymentAgreement>().Select(d => d.AccountIdentifier).ToListAsync();
        });
    }

    [Fact]
    public async Task Without_a_certificate_the_keys_are_kept_as_before()
    {
        using var factory = new PortalFactory { KeysFolder = null };
        factory.CreateClient().Dispose();

        var keys = await KeysInTheDatabaseAsync(factory);

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains("<masterKey", key, StringComparison.Ordinal));
    }

    /// <summary>A column as the database holds it, read with a plain command rather than through the model.</summary>
    private static Task<List<string?>> StoredAsync(PortalFactory factory, string table, string column) =>
        factory.QueryAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = $"SELECT \"{column}\" FROM \"{table}\"";
                await using var reader = await command.ExecuteReaderAsync();
                var values = new List<string?>();
                while (await reader.ReadAsync())
                {
                    values.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
                }

                return values;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });

    /// <summary>As a database written before numbers were encrypted holds them: Alex's card (and what was paid to it), Joan's payee.</summary>
    private static Task<int> StoreInClearAsync(PortalFactory factory) =>
        factory.QueryAsync(async db =>
        {
            const string alex = "(SELECT \"Id\" FROM \"Cases\" WHERE \"SubjectName\" = 'Alex Citizen')";
            const string joan = "(SELECT \"Id\" FROM \"Cases\" WHERE \"SubjectName\" = 'Joan Fisher')";
            return await db.Database.ExecuteSqlRawAsync($"UPDATE \"DirectPayments\" SET \"AccountIdentifier\" = '4929000000005678' WHERE \"CaseId\" = {alex}")
                + await db.Database.ExecuteSqlRawAsync($"UPDATE \"Payments\" SET \"PayeeAccountDigits\" = '4929000000005678' WHERE \"CaseId\" = {alex}")
                + await db.Database.ExecuteSqlRawAsync(
                $"UPDATE \"OneOffDirectPayments\" SET \"PayeeAccountDigits\" = '{JoansPayee}' WHERE \"CaseId\" = {joan} AND \"PayeeAccountDigits\" IS NOT NULL");
        });

    private static async Task<Guid> CommitAsync(PortalFactory factory)
    {
        var finance = await factory.SignedInAsync("finance@example.org");
        var preview = await finance.GetDocumentAsync($"/payments/preview?period={Period}");
        await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
        return await factory.QueryAsync(db => db.Set<PaymentRun>().Select(r => r.Id).SingleAsync());
    }

    private static async Task<string> PaymentFileAsync(PortalFactory factory, Guid run)
    {
        var finance = await factory.SignedInAsync("finance@example.org");
        using var file = await finance.GetAsync($"/payments/runs/{run}/payment-file.csv");
        return await file.Content.ReadAsStringAsync();
    }

    private static string[] Line(string csv, string payee) =>
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).Single(fields => fields[1] == payee);

    private static WebApplicationFactory<Program> WithCertificate(PortalFactory factory, TestCertificate certificate) =>
        factory.WithWebHostBuilder(builder => builder
            .UseSetting(PortalDataProtection.CertificatePathKey, certificate.Path)
            .UseSetting(PortalDataProtection.CertificatePasswordKey, certificate.Password));

    private static Microsoft.EntityFrameworkCore.Metadata.IModel ModelOf(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>().Model;
    }

    /// <summary>The key ring as the database holds it (docs/adr/0026).</summary>
    private static async Task<List<string>> KeysInTheDatabaseAsync(WebApplicationFactory<Program> portal)
    {
        using var scope = portal.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>()
            .Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>().Select(k => k.Xml!).ToListAsync();
    }

    /// <summary>A self-signed certificate with its private key in a password-protected .pfx file, deleted afterwards.</summary>
    private sealed class TestCertificate : IDisposable
    {
        public TestCertificate()
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=DirectPayments Data Protection (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            File.WriteAllBytes(Path, certificate.Export(X509ContentType.Pfx, Password));
        }

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dp-tests", $"{Guid.NewGuid():N}.pfx");

        public string Password { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));

        public void Dispose() => File.Delete(Path);
    }
}

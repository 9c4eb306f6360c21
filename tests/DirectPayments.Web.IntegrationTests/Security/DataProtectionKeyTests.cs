using System.Net;
using DirectPayments.Domain.Auditing;
using DirectPayments.Infrastructure;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// The Data Protection keys that protect sign-ins, forms and account numbers are kept in the database, so every
/// instance behind the council's load balancer reads the same ones (docs/adr/0026).
/// </summary>
public sealed class DataProtectionKeyTests
{
    [Fact]
    public async Task A_person_signed_in_through_one_instance_is_signed_in_on_the_other()
    {
        using var one = new PortalFactory { KeysFolder = null };
        using var two = SecondInstance(one);
        var cookies = new CookieContainer();
        using var throughOne = one.CreateDefaultClient(PortalFactory.Https, new CookieContainerHandler(cookies));
        using var throughTwo = two.CreateDefaultClient(PortalFactory.Https, new CookieContainerHandler(cookies));
        await throughOne.SignInAsync("citizen@example.org");

        using var page = await throughTwo.GetAsync("/citizen");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task A_form_from_one_instance_is_accepted_by_the_other()
    {
        using var one = new PortalFactory { KeysFolder = null };
        using var two = SecondInstance(one);
        var cookies = new CookieContainer();
        using var throughOne = one.CreateDefaultClient(PortalFactory.Https, new CookieContainerHandler(cookies));
        using var throughTwo = two.CreateDefaultClient(PortalFactory.Https, new CookieContainerHandler(cookies));
        var form = await throughOne.GetDocumentAsync("/account/sign-in");

        using var sent = await throughTwo.SubmitFormAsync(form, new Dictionary<string, string>
        {
            ["Email"] = "citizen@example.org",
            ["Password"] = PortalClient.DemoPassword,
        });

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
    }

    [Fact]
    public async Task The_keys_are_kept_in_the_database_and_not_in_the_data_folder()
    {
        using var factory = new PortalFactory { KeysFolder = null };
        factory.CreateClient().Dispose();

        Assert.NotEmpty(await KeysInTheDatabaseAsync(factory));
        Assert.False(Directory.Exists(Path.Combine(factory.DataFolder, "keys")));
    }

    [Fact]
    public async Task Keys_kept_in_a_folder_before_are_copied_into_the_database_and_still_read_what_they_protected()
    {
        var (folder, protectedBefore) = FolderWithAKey("an account number");
        using var factory = new PortalFactory { KeysFolder = folder };

        var read = factory.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("before the database").Unprotect(protectedBefore);

        Assert.Equal("an account number", read);
        Assert.Single(await KeysInTheDatabaseAsync(factory));
    }

    [Fact]
    public async Task Keys_copied_from_a_folder_are_copied_once_however_often_the_portal_starts()
    {
        var (folder, _) = FolderWithAKey("anything");
        using var first = new PortalFactory { KeysFolder = folder };
        first.CreateClient().Dispose();
        using var restarted = new PortalFactory { KeysFolder = folder, SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
        restarted.CreateClient().Dispose();

        Assert.Single(await KeysInTheDatabaseAsync(restarted));
        Assert.Equal(1, await restarted.QueryAsync(db => db.Set<AuditEntry>().CountAsync(e => e.Action == AuditEntry.ActionTaken && e.Description != null && e.Description.StartsWith("Moved 1 Data Protection key"))));
    }

    private static PortalFactory SecondInstance(PortalFactory first)
    {
        first.CreateClient().Dispose();
        return new PortalFactory { KeysFolder = null, SharedDataFolder = first.DataFolder, SharedPostgresDatabase = first.PostgresDatabase };
    }

    /// <summary>A key ring in a folder, as a portal kept it before the database did, and something it protected.</summary>
    private static (string Folder, string Protected) FolderWithAKey(string secret)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dp-tests", $"old-keys-{Guid.NewGuid():N}");
        var protector = DataProtectionProvider.Create(new DirectoryInfo(folder), keys => keys.SetApplicationName(PortalDataProtection.ApplicationName))
            .CreateProtector("before the database");
        return (folder, protector.Protect(secret));
    }

    private static Task<List<string>> KeysInTheDatabaseAsync(PortalFactory factory) =>
        factory.QueryAsync(db => db.Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>().Select(k => k.Xml!).ToListAsync());
}

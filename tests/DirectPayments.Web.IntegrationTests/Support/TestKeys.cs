using DirectPayments.Infrastructure;
using DirectPayments.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>
/// One Data Protection key ring for the test run's portals, made before any of them starts and copied into each one's
/// database (see <see cref="KeysFolderImport"/>).
/// </summary>
internal static class TestKeys
{
    private static readonly Lazy<string> Made = new(Make);

    public static string Folder => Made.Value;

    /// <summary>
    /// The account-number protection of every portal given <see cref="Folder"/>: one for the whole run, reading the
    /// folder's key and never making one. Those portals share one EF Core model, whose converters hold one protection;
    /// were it a portal's own, it would read that portal's key ring from its database, and the portal that first built
    /// the model may not have copied the key in yet when another portal's number first goes through it: its key ring
    /// then makes a key of its own and never knows the run's, so numbers another portal encrypted at start-up are
    /// unreadable to it (and once it has stopped, its key ring is read again through a disposed container).
    /// </summary>
    public static AccountNumberProtection AccountNumbers => Shared.Value;

    private static readonly Lazy<AccountNumberProtection> Shared = new(() =>
    {
        var keys = DataProtectionProvider.Create(
            new DirectoryInfo(Folder),
            builder => builder.SetApplicationName(PortalDataProtection.ApplicationName).DisableAutomaticKeyGeneration());

        // The key ring a portal given this folder names, so its model's cache key is the one the portal would make.
        return new AccountNumberProtection(keys, keyRing: $"keys from {Path.GetFullPath(Folder)}|");
    });

    // The key is made here, once, so that portals starting at the same moment do not each make their own. It is active
    // from long before and until long after any date a test runs at (the portals' clock, the machine's under faketime):
    // a key the machine made "now" is, to a portal whose clock says 22 November 2026, not active yet, so each portal would
    // make a key of its own in its own database; and the portals share one EF Core model, whose account-number
    // converters hold the protection of the portal that built it, which then meets a key it does not know and reads its
    // key ring again through a container that may have been disposed.
    private static string Make()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dp-tests", $"keys-{Guid.NewGuid():N}");
        var services = new ServiceCollection();
        services.AddDataProtection()
            .SetApplicationName(PortalDataProtection.ApplicationName)
            .PersistKeysToFileSystem(new DirectoryInfo(folder))
            .DisableAutomaticKeyGeneration();
        using (var provider = services.BuildServiceProvider())
        {
            provider.GetRequiredService<IKeyManager>().CreateNewKey(
                activationDate: new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero),
                expirationDate: new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero));
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans the temp folder.
            }
        };
        return folder;
    }
}

using DirectPayments.Infrastructure;
using Microsoft.AspNetCore.DataProtection;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>
/// One Data Protection key ring for the test run's portals, made before any of them starts and copied into each one's
/// database (see <see cref="KeysFolderImport"/>).
/// </summary>
internal static class TestKeys
{
    private static readonly Lazy<string> Made = new(Make);

    public static string Folder => Made.Value;

    // The key is made here, once, so that portals starting at the same moment do not each make their own.
    private static string Make()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dp-tests", $"keys-{Guid.NewGuid():N}");
        DataProtectionProvider.Create(new DirectoryInfo(folder), keys => keys.SetApplicationName(PortalDataProtection.ApplicationName))
            .CreateProtector("made before the portals").Protect("key");
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

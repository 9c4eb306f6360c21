using System.Runtime.CompilerServices;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>
/// Each portal a test starts watches its content and web roots for changes. On Linux a watcher is an inotify instance,
/// and the kernel allows a user 128 of them; a hosted portal does not give its watchers back when it is disposed, so a
/// suite that starts many portals runs out. Polling watchers use a timer instead, and nothing here needs change events.
/// </summary>
internal static class FileWatching
{
    [ModuleInitializer]
    internal static void PollInsteadOfInotify() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
}

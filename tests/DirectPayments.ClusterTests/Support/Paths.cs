namespace DirectPayments.ClusterTests.Support;

/// <summary>Where the repository, the portal's build output and the cluster's logs are.</summary>
internal static class Paths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The portal's project folder: its content root (wwwroot, appsettings.json), as <c>dotnet run</c> has it.</summary>
    public static string WebProject { get; } = Path.Combine(RepositoryRoot, "src", "DirectPayments.Web");

    /// <summary>
    /// The portal as <c>dotnet build</c> left it, in the configuration these tests were built in (bin/Debug/net10.0
    /// when scripts/test.sh builds): the project reference builds it before this project.
    /// </summary>
    public static string WebAssembly { get; } = Path.Combine(
        WebProject, "bin", new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "DirectPayments.Web.dll");

    /// <summary>Each process's console and nginx's logs, kept after the run: <c>artifacts/cluster/</c>.</summary>
    public static string Logs { get; } = Path.Combine(RepositoryRoot, "artifacts", "cluster");

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DirectPayments.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No DirectPayments.sln above {AppContext.BaseDirectory}.");
    }
}

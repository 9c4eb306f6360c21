using Microsoft.Extensions.Configuration;

namespace DirectPayments.Infrastructure;

/// <summary>
/// Which instance wrote a log line: behind a load balancer one request's lines and the next one's come from different
/// machines, and whoever reads the logs needs to tell them apart. `Instance:Name` if the platform gives one (a pod or
/// slot name), else the machine's name and the process id.
/// </summary>
public static class PortalInstance
{
    public const string NameKey = "Instance:Name";

    public static string Name(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration[NameKey] is { Length: > 0 } configured ? configured : $"{Environment.MachineName}:{Environment.ProcessId}";
    }
}

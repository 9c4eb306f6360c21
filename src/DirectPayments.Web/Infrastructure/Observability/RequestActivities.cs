using System.Diagnostics;

namespace DirectPayments.Web.Infrastructure.Observability;

/// <summary>
/// Makes ASP.NET Core start an activity for every request, so that every log line carries the request's trace id (the
/// balancer's, from its traceparent header). ASP.NET Core starts one only while something listens to it, and what else
/// listens (a tracing exporter, a library's own instrumentation) comes and goes; the portal's logs should not depend
/// on it. Lives as long as the host.
/// </summary>
public sealed class RequestActivities : IDisposable
{
    private readonly ActivityListener _listener = new()
    {
        ShouldListenTo = source => source.Name == "Microsoft.AspNetCore",
        Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
    };

    public RequestActivities() => ActivitySource.AddActivityListener(_listener);

    public void Dispose() => _listener.Dispose();
}

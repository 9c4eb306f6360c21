using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DirectPayments.Web.Infrastructure.Observability;

/// <summary>
/// The readiness answer as JSON: the overall status (what a load balancer's probe reads from the status code) and each
/// check's, with its reason, for the operator looking at why an instance is Degraded. Nothing about people or money.
/// </summary>
public static class HealthResponse
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        }, Json));
    }
}

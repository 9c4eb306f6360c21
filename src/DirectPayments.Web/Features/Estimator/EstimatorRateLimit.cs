using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Estimator;

/// <summary>A fixed window per client address for the public estimator API; the limit is configuration.</summary>
public static class EstimatorRateLimit
{
    public const string PolicyName = "estimator";

    public static IServiceCollection AddEstimatorRateLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("RateLimiting:EstimatorRequestsPerMinute", 60);
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(PolicyName, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var response = context.HttpContext.Response;
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                response.Headers.RetryAfter = "60";
                await response.WriteAsJsonAsync(
                    new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"The estimator accepts {permits} requests a minute from one client. Try again in a minute.",
                    },
                    options: null,
                    contentType: "application/problem+json",
                    cancellationToken: cancellationToken);
            };
        });
        return services;
    }
}

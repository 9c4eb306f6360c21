using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Application.Estimator;

/// <summary>The public estimate of what a person might pay, and sending it as a financial assessment.</summary>
public static class EstimatorUseCases
{
    public static IServiceCollection AddEstimatorUseCases(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services;
    }
}

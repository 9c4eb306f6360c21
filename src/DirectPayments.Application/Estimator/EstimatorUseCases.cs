using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Application.Estimator;

/// <summary>The public estimate of what a person might pay, and the cases a signed-in person may send it to.</summary>
public static class EstimatorUseCases
{
    public static IServiceCollection AddEstimatorUseCases(this IServiceCollection services)
    {
        services.AddScoped<ContributionEstimates>();
        services.AddScoped<CasesForTheEstimate>();
        return services;
    }
}

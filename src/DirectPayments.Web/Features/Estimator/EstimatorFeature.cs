using DirectPayments.Application.Estimator;

namespace DirectPayments.Web.Features.Estimator;

/// <summary>The public estimator, its API and its rate limit.</summary>
public static class EstimatorFeature
{
    public static IServiceCollection AddEstimatorFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddEstimatorUseCases();
        services.AddEstimatorRateLimit(configuration);
        services.AddSingleton<EstimatorAnswersStore>();
        return services;
    }
}

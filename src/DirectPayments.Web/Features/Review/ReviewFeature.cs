using DirectPayments.Application.Review;

namespace DirectPayments.Web.Features.Review;

/// <summary>The reviewer's journeys.</summary>
public static class ReviewFeature
{
    public static IServiceCollection AddReviewFeature(this IServiceCollection services)
    {
        services.AddReviewUseCases();
        return services;
    }
}

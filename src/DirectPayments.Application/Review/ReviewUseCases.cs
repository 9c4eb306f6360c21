using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Application.Review;

/// <summary>The reviewer's use cases: the queue, reviews, flagged spending, recovery after notice and the council's summary.</summary>
public static class ReviewUseCases
{
    public static IServiceCollection AddReviewUseCases(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services;
    }
}

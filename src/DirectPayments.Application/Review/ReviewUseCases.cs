using DirectPayments.Application.Review.Queue;
using DirectPayments.Application.Review.Reviews;
using DirectPayments.Application.Review.Summary;
using DirectPayments.Application.Review.ThePerson;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Application.Review;

/// <summary>The reviewer's use cases: the queue, reviews, flagged spending, recovery after notice and the council's summary.</summary>
public static class ReviewUseCases
{
    public static IServiceCollection AddReviewUseCases(this IServiceCollection services)
    {
        // The queue and the council's figures
        services.AddScoped<ReviewsDue>();
        services.AddScoped<ReviewSummary>();

        // One review, from start to outcome
        services.AddScoped<ReviewPages>();
        services.AddScoped<ReviewSteps>();
        services.AddScoped<StartReview>();
        services.AddScoped<WorkOutSurplus>();
        services.AddScoped<GiveNoticeOfRecovery>();
        services.AddScoped<DecideFlaggedSpend>();
        services.AddScoped<RecordReviewOutcome>();

        // A case manager's concern
        services.AddScoped<RaiseConcern>();

        // The person's side
        services.AddScoped<PersonReviewPages>();
        services.AddScoped<RespondToRecoveryNotice>();
        services.AddScoped<AnswerReviewQuestion>();
        return services;
    }
}

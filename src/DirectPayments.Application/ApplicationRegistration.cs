using DirectPayments.Application.Common;
using DirectPayments.Application.Jobs;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DirectPayments.Application;

/// <summary>The application layer's common parts and settings; each feature adds its own use cases (see the feature folders).</summary>
public static class ApplicationRegistration
{
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<ICaseAccess, CaseAccess>();
        services.AddSingleton(CouncilDetails.From(configuration));
        services.AddScoped<CommandRunner>();
        services.AddScoped<RecordDownload>();
        services.AddScoped<Letters.LettersOnPaper>();
        services.AddScoped<CaseReader>();
        services.AddScoped<CaseLetters>();
        services.AddScoped<NextPayments>();
        services.AddScoped<DirectPaymentEndings>();
        services.AddJobsUseCases();

        services.Configure<PaymentOptions>(configuration.GetSection("Payments"));
        services.AddSingleton(sp => new PaymentCalendar(sp.GetRequiredService<IOptions<PaymentOptions>>().Value.CalendarAnchor));
        services.AddOptions<ReviewOptions>().Bind(configuration.GetSection("Reviews"))
            .Validate(o => o.FirstWithinMonths is >= 1 and <= ReviewSchedule.LegalFirstWithinMonths
                && o.ThenEveryMonths is >= 1 and <= ReviewSchedule.LegalThenEveryMonths && o.DueSoonDays >= 0 && o.NoticeResponseDays >= 1,
                "Reviews: the first review must be within 1 to 6 months and later ones every 1 to 12 months (reg 7), and a notice of recovery must give at least a day to respond")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<ReviewOptions>>().Value.ToSchedule());
        services.AddOptions<Citizen.UnfinishedAnswers.RetentionOptions>().Bind(configuration.GetSection(Citizen.UnfinishedAnswers.RetentionOptions.SectionName))
            .Validate(o => o.UnfinishedAnswersDays is >= 1 and <= 3650, "Retention:UnfinishedAnswersDays must be from 1 to 3,650 days")
            .ValidateOnStart();
        services.AddSingleton(sp => new Citizen.UnfinishedAnswers.UnfinishedAnswersRetention(
            sp.GetRequiredService<IOptions<Citizen.UnfinishedAnswers.RetentionOptions>>().Value.UnfinishedAnswersDays));
        services.AddScoped<Citizen.UnfinishedAnswers.ForgetUnfinishedAnswers>();
        return services;
    }
}

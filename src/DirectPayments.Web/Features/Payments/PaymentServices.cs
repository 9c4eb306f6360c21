using DirectPayments.Domain.Payments;
using Microsoft.Extensions.Options;

namespace DirectPayments.Web.Features.Payments;

/// <summary>Payment runs, the council's payment calendar, statements and accounts.</summary>
public static class PaymentServices
{
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PaymentOptions>(configuration.GetSection("Payments"));
        services.AddOptions<Review.ReviewOptions>().Bind(configuration.GetSection("Reviews"))
            .Validate(o => o.FirstWithinMonths is >= 1 and <= Domain.Reviews.ReviewSchedule.LegalFirstWithinMonths
                && o.ThenEveryMonths is >= 1 and <= Domain.Reviews.ReviewSchedule.LegalThenEveryMonths && o.DueSoonDays >= 0 && o.NoticeResponseDays >= 1,
                "Reviews: the first review must be within 1 to 6 months and later ones every 1 to 12 months (reg 7), and a notice of recovery must give at least a day to respond")
            .ValidateOnStart();
        services.AddSingleton(sp => new PaymentCalendar(sp.GetRequiredService<IOptions<PaymentOptions>>().Value.CalendarAnchor));
        services.AddScoped<PaymentRuns>();
        services.AddScoped<DirectPaymentAccounts>();
        return services;
    }
}

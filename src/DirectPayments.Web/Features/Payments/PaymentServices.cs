using DirectPayments.Domain.Payments;
using Microsoft.Extensions.Options;

namespace DirectPayments.Web.Features.Payments;

/// <summary>Payment runs, the council's payment calendar, statements and accounts.</summary>
public static class PaymentServices
{
    public static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PaymentOptions>(configuration.GetSection("Payments"));
        services.AddSingleton(sp => new PaymentCalendar(sp.GetRequiredService<IOptions<PaymentOptions>>().Value.CalendarAnchor));
        services.AddScoped<PaymentRuns>();
        services.AddScoped<DirectPaymentAccounts>();
        return services;
    }
}

using DirectPayments.Application.Payments;

namespace DirectPayments.Web.Features.Payments;

/// <summary>Payment runs, statements and accounts.</summary>
public static class PaymentsFeature
{
    public static IServiceCollection AddPaymentsFeature(this IServiceCollection services)
    {
        services.AddPaymentsUseCases();
        return services;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Application.Payments;

/// <summary>Finance's use cases: payment runs, card statements, accounts and the rules that read spending.</summary>
public static class PaymentsUseCases
{
    public static IServiceCollection AddPaymentsUseCases(this IServiceCollection services)
    {
        services.AddScoped<Accounts.DirectPaymentAccounts>();
        return services;
    }
}

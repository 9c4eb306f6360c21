using DirectPayments.Application.Payments.Runs;
using DirectPayments.Application.Payments.SpendRules;
using DirectPayments.Application.Payments.Statements;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Application.Payments;

/// <summary>Finance's use cases: payment runs, card statements, accounts and the rules that read spending.</summary>
public static class PaymentsUseCases
{
    public static IServiceCollection AddPaymentsUseCases(this IServiceCollection services)
    {
        services.AddScoped<Accounts.DirectPaymentAccounts>();
        services.AddScoped<Accounts.LedgerLineOrigins>();

        // Payment runs
        services.AddScoped<PaymentRunPlanner>();
        services.AddScoped<PaymentRunPages>();
        services.AddScoped<CommitPaymentRun>();
        services.AddScoped<DownloadPaymentFile>();
        services.AddScoped<DownloadContributionInvoices>();

        // Card statements
        services.AddScoped<ImportCardStatements>();

        // Rules for reading card spending
        services.AddScoped<SpendRulePages>();
        services.AddScoped<AddSpendRule>();
        services.AddScoped<ChangeSpendRule>();
        return services;
    }
}

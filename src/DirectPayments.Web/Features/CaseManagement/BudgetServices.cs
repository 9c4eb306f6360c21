using DirectPayments.Web.Features.Administration;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>Personal budgets, one-off payments, staff financial decisions and the approvals they may need.</summary>
public static class BudgetServices
{
    public static IServiceCollection AddBudgetsAndApprovals(this IServiceCollection services)
    {
        services.AddScoped<ApprovalLimits>();
        services.AddScoped<PersonalBudgets>();
        services.AddScoped<OneOffPayments>();
        services.AddScoped<FinancialDecisions>();
        services.AddScoped<Approvals>();
        services.AddScoped<Review.Reviews>();
        return services;
    }
}

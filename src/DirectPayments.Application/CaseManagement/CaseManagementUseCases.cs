using DirectPayments.Application.CaseManagement.Budgets;
using DirectPayments.Application.CaseManagement.SupportPlans;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Application.CaseManagement;

/// <summary>The case manager's use cases and page queries.</summary>
public static class CaseManagementUseCases
{
    public static IServiceCollection AddCaseManagementUseCases(this IServiceCollection services)
    {
        // Personal budgets
        services.AddScoped<ApprovalLimits>();
        services.AddScoped<PersonalBudgetPages>();
        services.AddScoped<SetIndicativeBudget>();

        // Support plans
        services.AddScoped<SupportPlanPages>();
        services.AddScoped<StartSupportPlanDraft>();
        services.AddScoped<AddSupportPlanLine>();
        services.AddScoped<RemoveSupportPlanLine>();
        services.AddScoped<ProposeSupportPlan>();
        services.AddScoped<AgreeSupportPlanForTheCouncil>();
        return services;
    }
}

using DirectPayments.Application.Administration.Allocation;
using DirectPayments.Application.Administration.Approvals;
using DirectPayments.Application.Administration.ChargingYears;
using DirectPayments.Application.Administration.StaffAccounts;
using DirectPayments.Application.Administration.Uprating;
using DirectPayments.Application.CaseManagement.Budgets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DirectPayments.Application.Administration;

/// <summary>The administrator's use cases: allocation, approvals, staff accounts, rates and policy, and uprating.</summary>
public static class AdministrationUseCases
{
    public static IServiceCollection AddAdministrationUseCases(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddScoped<AdministrationHomePage>();

        // Allocation
        services.AddScoped<AllocationPages>();
        services.AddScoped<AllocateCase>();

        // Budgets and one-off payments above a case manager's limit
        services.TryAddScoped<ApprovalLimits>();
        services.AddScoped<ApprovalPages>();
        services.AddScoped<ApproveAboveTheLimit>();
        services.AddScoped<SendBackToTheCaseManager>();

        // Rates and policy
        services.AddScoped<ChargingYearPages>();
        services.AddScoped<ChangeRate>();
        services.AddScoped<ChangeChargingPolicy>();
        services.AddScoped<AddChargingYear>();

        // Staff accounts
        services.AddScoped<StaffAccountPages>();
        services.AddScoped<CreateStaffAccount>();
        services.AddScoped<ManageStaffAccount>();
        services.AddScoped<ChangeStaffRole>();

        // Uprating
        services.AddScoped<UpratingPages>();
        services.AddScoped<ApplyUprating>();
        return services;
    }
}

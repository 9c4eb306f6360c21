using DirectPayments.Application.Citizen.Accounts;
using DirectPayments.Application.Citizen.Applications;
using DirectPayments.Application.Citizen.Cases;
using DirectPayments.Application.Citizen.Evidence;
using DirectPayments.Application.Citizen.FinancialAssessments;
using DirectPayments.Application.Citizen.Nominations;
using DirectPayments.Application.Citizen.SupportPlans;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Application.Citizen;

/// <summary>The citizen's use cases (and those of the people who act for them) and page queries.</summary>
public static class CitizenUseCases
{
    public static IServiceCollection AddCitizenUseCases(this IServiceCollection services)
    {
        // Asking for an assessment
        services.AddScoped<ApplicationDrafts>();
        services.AddScoped<AnswerApplicationQuestion>();
        services.AddScoped<StartApplicationAgain>();
        services.AddScoped<AskForAnAssessment>();

        // Home, case and account pages
        services.AddScoped<CitizenCasePages>();
        services.AddScoped<CitizenAccountPages>();

        // Documents
        services.AddScoped<EvidencePages>();
        services.AddScoped<SendDocument>();

        // Financial assessments
        services.AddScoped<SendFinancialAssessment>();
        services.AddScoped<FinancialAssessmentDrafts>();

        // Invitations to act for someone
        services.AddScoped<Invitations.InvitationPages>();
        services.AddScoped<Invitations.AnswerInvitation>();

        // Nominated persons
        services.AddScoped<NominationPages>();
        services.AddScoped<StopActingForMe>();
        services.AddScoped<AskForANominatedPerson>();
        services.AddScoped<WithdrawNominationRequest>();

        // Support plans
        services.AddScoped<AgreeSupportPlanAsThePerson>();
        services.AddScoped<AskForSupportPlanChanges>();
        return services;
    }
}

using DirectPayments.Application.CaseManagement.Budgets;
using DirectPayments.Application.CaseManagement.Cases;
using DirectPayments.Application.CaseManagement.DirectPayments;
using DirectPayments.Application.CaseManagement.Documents;
using DirectPayments.Application.CaseManagement.FinancialAssessments;
using DirectPayments.Application.CaseManagement.NeedsAssessments;
using DirectPayments.Application.CaseManagement.OneOffPayments;
using DirectPayments.Application.CaseManagement.Representatives;
using DirectPayments.Application.CaseManagement.SupportPlans;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Application.CaseManagement;

/// <summary>The case manager's use cases and page queries.</summary>
public static class CaseManagementUseCases
{
    public static IServiceCollection AddCaseManagementUseCases(this IServiceCollection services)
    {
        // The caseload and the case
        services.AddScoped<Caseloads>();
        services.AddScoped<CaseSearch>();
        services.AddScoped<CasePages>();
        services.AddScoped<CaseWaitsReader>();
        services.AddScoped<RecordAboutThePerson>();
        services.AddScoped<CommunicationNeedsFlags>();

        // Letters that go on paper
        services.AddScoped<Posting.LettersToPost>();
        services.AddScoped<Posting.MarkLetterPosted>();

        // Needs and financial assessments
        services.AddScoped<RecordNeedsAssessment>();
        services.AddScoped<VerificationPages>();
        services.AddScoped<VerifyFinancialAssessment>();
        services.AddScoped<RecordFinancialDecision>();

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
        services.AddScoped<RecordPersonsAgreementToSupportPlan>();

        // Payments
        services.AddScoped<DirectPaymentSetUpPages>();
        services.AddScoped<StartDirectPayment>();
        services.AddScoped<RecordFamilyBenefits>();
        services.AddScoped<ChangeHowItIsPaid>();
        services.AddScoped<DirectPaymentStatusPages>();
        services.AddScoped<TransferSummaries>();
        services.AddScoped<ChangeDirectPaymentStatus>();
        services.AddScoped<OneOffPaymentPages>();
        services.AddScoped<SetUpOneOffPayment>();

        // Documents
        services.AddScoped<CaseDocumentPages>();
        services.AddScoped<AskForDocuments>();

        // People who act for the person
        services.AddScoped<RepresentativePages>();
        services.AddScoped<ApplicantAuthorityPages>();
        services.AddScoped<CheckApplicantAuthority>();
        services.AddScoped<RecordCorrespondent>();
        services.AddScoped<MoveToAdultCare>();
        services.AddScoped<RecordRepresentative>();
        services.AddScoped<AcceptNomination>();
        services.AddScoped<WithdrawInvitation>();
        services.AddScoped<RemoveRepresentative>();
        services.AddScoped<DeclineNomination>();
        return services;
    }
}

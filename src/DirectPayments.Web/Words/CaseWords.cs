using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Web.Words;

public static class CaseWords
{
    /// <summary>How the budget reaches the person: as a direct payment, arranged by the council, or both.</summary>
    public static string Delivery(SupportPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Delivery switch
        {
            BudgetDelivery.DirectPayment => $"All as a direct payment: {plan.WeeklyDirectPayment} a week",
            BudgetDelivery.CouncilManaged => $"All arranged by the council: {plan.WeeklyCouncilManaged} a week",
            _ => $"Mixed: {plan.WeeklyDirectPayment} a week as a direct payment, {plan.WeeklyCouncilManaged} a week arranged by the council",
        };
    }

    /// <summary>Each stage as the person would say it.</summary>
    public static string Describe(CaseStage stage) => stage switch
    {
        CaseStage.NewRequest => "We have your request",
        CaseStage.AssessmentDue => "Waiting for a needs assessment",
        CaseStage.FinancialAssessmentToVerify => "We are checking your financial assessment",
        CaseStage.PlanToAgree => "Support plan to agree",
        CaseStage.Active => "Direct payment active",
        CaseStage.ReviewDue => "Review due",
        CaseStage.Closed => "Closed",
        _ => DisplayNames.Of(stage),
    };

    public static string Colour(CaseStage stage) => stage switch
    {
        CaseStage.Active => "green",
        CaseStage.ReviewDue or CaseStage.PlanToAgree => "yellow",
        CaseStage.Closed => "grey",
        _ => "blue",
    };

    public static string Describe(CaseMemberRole role) => role switch
    {
        CaseMemberRole.Subject => "You",
        CaseMemberRole.Applicant => "You asked for them",
        CaseMemberRole.NominatedPerson => "You are their nominated person",
        CaseMemberRole.AuthorisedPerson => "You are their authorised person",
        _ => DisplayNames.Of(role),
    };
}

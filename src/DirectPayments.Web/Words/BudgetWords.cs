using DirectPayments.Domain.Budgets;

namespace DirectPayments.Web.Words;

public static class BudgetWords
{
    public static string Status(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Approved => "Approved",
        ApprovalStatus.AwaitingApproval => "Waiting for a manager to approve",
        ApprovalStatus.SentBack => "Sent back",
        _ => status.ToString(),
    };

    public static string Colour(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Approved => "green",
        ApprovalStatus.AwaitingApproval => "yellow",
        _ => "red",
    };

    public static string Kind(PersonalBudgetKind kind) => kind == PersonalBudgetKind.Indicative ? "Indicative" : "Final";
}

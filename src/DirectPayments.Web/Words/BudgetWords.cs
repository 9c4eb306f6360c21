using DirectPayments.Application.Common;
using DirectPayments.Domain.Budgets;

namespace DirectPayments.Web.Words;

public static class BudgetWords
{
    public static string Status(ApprovalStatus status) => DisplayNames.Of(status);

    public static string Colour(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Approved => "green",
        ApprovalStatus.AwaitingApproval => "yellow",
        _ => "red",
    };

    public static string Kind(PersonalBudgetKind kind) => DisplayNames.Of(kind);
}

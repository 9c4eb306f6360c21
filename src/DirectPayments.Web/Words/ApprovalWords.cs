using DirectPayments.Application.Administration.Approvals;

namespace DirectPayments.Web.Words;

public static class ApprovalWords
{
    /// <summary>What waits for a manager: "Final personal budget of £437.04 a week", "One-off payment for a stair lift".</summary>
    public static string What(ApprovalItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Budget is { } budget
            ? $"{BudgetWords.Kind(budget.Kind)} personal budget of {budget.WeeklyAmount} a week"
            : $"One-off payment for {item.OneOff!.Description}";
    }
}

using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Budgets;

/// <summary>Where a spending decision stands against the council's scheme of delegation.</summary>
public enum ApprovalStatus
{
    /// <summary>Within the case manager's approval limit, or approved by a manager.</summary>
    Approved,

    /// <summary>Above the case manager's limit: waiting for a manager.</summary>
    AwaitingApproval,

    /// <summary>A manager sent it back with a reason; the case manager must change it.</summary>
    SentBack,
}

/// <summary>
/// The council's rule for who may commit its money: a case manager up to a yearly limit (data, per financial year),
/// a manager above it. The comparison is on the yearly cost, as panels and schemes of delegation use.
/// </summary>
public static class ApprovalRules
{
    public static bool NeedsManager(Money yearlyCost, Money caseManagerLimit) => yearlyCost > caseManagerLimit;

    public static void RequireReason(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Say why it is being sent back.");
        }
    }
}

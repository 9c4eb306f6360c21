using DirectPayments.Domain.Cases;

namespace DirectPayments.Application.Common;

/// <summary>What someone wants to do with one case.</summary>
public enum CaseOperation
{
    /// <summary>See the case: its budget, plan, payments and history.</summary>
    View,

    /// <summary>Act as the person: apply, send a financial assessment, agree a plan, upload records.</summary>
    ActAsPerson,

    /// <summary>Work the case as its case manager: assessments, budgets, plans, payments.</summary>
    Manage,

    /// <summary>Review the direct payment: spend, flags and outcomes (not the plan itself).</summary>
    Review,

    /// <summary>Allocate or re-allocate the case to a case manager.</summary>
    Allocate,

    /// <summary>Approve or send back a budget or one-off payment above a case manager's limit: a manager's decision.</summary>
    Approve,
}

/// <summary>Whether this person may do this to this case: the one access check every use case asks.</summary>
public interface ICaseAccess
{
    bool Allows(ICurrentUser user, CareCase careCase, CaseOperation operation);
}

/// <summary>
/// Access by resource, not only by role: a citizen may see only the cases they are a member of (as the person,
/// the applicant, a nominated or an authorised person); a case manager works only on their caseload; a reviewer
/// may read any case and review it but not manage it; an administrator may see and allocate any case.
/// </summary>
public sealed class CaseAccess : ICaseAccess
{
    public bool Allows(ICurrentUser user, CareCase careCase, CaseOperation operation)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(careCase);
        if (!user.IsSignedIn)
        {
            return false;
        }

        var userId = user.UserId;
        return operation switch
        {
            CaseOperation.View =>
                (user.IsInRole(Roles.Citizen) && careCase.IsMember(userId))
                || (user.IsInRole(Roles.CaseManager) && careCase.CaseManagerId == userId)
                || user.IsInRole(Roles.Reviewer)
                || user.IsInRole(Roles.Administrator),
            CaseOperation.ActAsPerson => user.IsInRole(Roles.Citizen) && careCase.IsMember(userId),
            CaseOperation.Manage => user.IsInRole(Roles.CaseManager) && careCase.CaseManagerId == userId,
            CaseOperation.Review => user.IsInRole(Roles.Reviewer),
            CaseOperation.Allocate => user.IsInRole(Roles.Administrator),
            CaseOperation.Approve => user.IsInRole(Roles.Administrator),
            _ => false,
        };
    }
}

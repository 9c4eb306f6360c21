using System.Security.Claims;
using DirectPayments.Domain.Cases;
using DirectPayments.Infrastructure.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace DirectPayments.Web.Infrastructure.Security;

/// <summary>What someone wants to do with one case; allowed or refused by <see cref="CaseAuthorizationHandler"/>.</summary>
public static class CaseOperations
{
    /// <summary>See the case: its budget, plan, payments and history.</summary>
    public static readonly OperationAuthorizationRequirement View = new() { Name = nameof(View) };

    /// <summary>Act as the person: apply, send a financial assessment, agree a plan, upload records.</summary>
    public static readonly OperationAuthorizationRequirement ActAsPerson = new() { Name = nameof(ActAsPerson) };

    /// <summary>Work the case as its case manager: assessments, budgets, plans, payments.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = nameof(Manage) };

    /// <summary>Review the direct payment: spend, flags and outcomes (not the plan itself).</summary>
    public static readonly OperationAuthorizationRequirement Review = new() { Name = nameof(Review) };

    /// <summary>Allocate or re-allocate the case to a case manager.</summary>
    public static readonly OperationAuthorizationRequirement Allocate = new() { Name = nameof(Allocate) };

    /// <summary>Approve or send back a budget or one-off payment above a case manager's limit: a manager's decision.</summary>
    public static readonly OperationAuthorizationRequirement Approve = new() { Name = nameof(Approve) };
}

/// <summary>
/// Access by resource, not only by role: a citizen may see only the cases they are a member of (as the person,
/// the applicant, a nominated or an authorised person); a case manager works only on their caseload; a reviewer
/// may read any case and review it but not manage it; an administrator may see and allocate any case.
/// </summary>
public sealed class CaseAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, CareCase>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, CareCase resource)
    {
        var user = context.User;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return Task.CompletedTask;
        }

        var allowed = requirement.Name switch
        {
            nameof(CaseOperations.View) =>
                (user.IsInRole(Roles.Citizen) && resource.IsMember(userId))
                || (user.IsInRole(Roles.CaseManager) && resource.CaseManagerId == userId)
                || user.IsInRole(Roles.Reviewer)
                || user.IsInRole(Roles.Administrator),
            nameof(CaseOperations.ActAsPerson) => user.IsInRole(Roles.Citizen) && resource.IsMember(userId),
            nameof(CaseOperations.Manage) => user.IsInRole(Roles.CaseManager) && resource.CaseManagerId == userId,
            nameof(CaseOperations.Review) => user.IsInRole(Roles.Reviewer),
            nameof(CaseOperations.Allocate) => user.IsInRole(Roles.Administrator),
            nameof(CaseOperations.Approve) => user.IsInRole(Roles.Administrator),
            _ => false,
        };

        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

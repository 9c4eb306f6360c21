using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
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
/// Pages that still authorise through ASP.NET's IAuthorizationService ask the same rules as the use cases:
/// <see cref="ICaseAccess"/>, for the principal of the request.
/// </summary>
public sealed class CaseAuthorizationHandler(ICaseAccess access) : AuthorizationHandler<OperationAuthorizationRequirement, CareCase>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, CareCase resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(requirement);
        if (Enum.TryParse<CaseOperation>(requirement.Name, out var operation) && access.Allows(new PrincipalUser(context.User), resource, operation))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

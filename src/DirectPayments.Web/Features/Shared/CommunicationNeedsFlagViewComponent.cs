using DirectPayments.Application.CaseManagement.Cases;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Shared;

/// <summary>
/// Flags the person's communication needs at the top of every staff page about them (a case and its parts, a review),
/// so that nobody working on the case writes or calls without knowing them (the Accessible Information Standard).
/// </summary>
public sealed class CommunicationNeedsFlagViewComponent(CommunicationNeedsFlags flags) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var flag = await FindAsync(HttpContext.RequestAborted);
        return flag is null ? Content(string.Empty) : View(flag);
    }

    private Task<CommunicationNeedsFlag?> FindAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Task.FromResult<CommunicationNeedsFlag?>(null);
        }

        var path = HttpContext.Request.Path;
        var route = RouteData.Values;
        if ((path.StartsWithSegments("/case-management/cases") || path.StartsWithSegments("/administration/cases"))
            && Guid.TryParse((route["id"] ?? route["caseId"])?.ToString(), out var caseId))
        {
            return flags.ForCaseAsync(caseId, cancellationToken);
        }

        if (path.StartsWithSegments("/payments/accounts") && Guid.TryParse(route["caseId"]?.ToString(), out var accountCaseId))
        {
            return flags.ForAccountAsync(accountCaseId, cancellationToken);
        }

        if (path.StartsWithSegments("/review/reviews") && Guid.TryParse(route["id"]?.ToString(), out var reviewId))
        {
            return flags.ForReviewAsync(reviewId, cancellationToken);
        }

        return Task.FromResult<CommunicationNeedsFlag?>(null);
    }
}

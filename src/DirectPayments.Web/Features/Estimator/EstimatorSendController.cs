using DirectPayments.Domain.Common;
using DirectPayments.Web.Features.Citizen;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Estimator;

/// <summary>
/// A signed-in person sends their estimator answers to the council as the financial assessment for one of their cases.
/// Its own controller, because the estimator's pages are open to everyone and this is not.
/// </summary>
[Authorize(Roles = $"{DirectPayments.Application.Common.Roles.Citizen},{DirectPayments.Application.Common.Roles.CaseManager}")]
[Route("estimate/send")]
public sealed class EstimatorSendController(EstimatorAnswersStore store, IFinancialAssessmentSubmissions submissions, CouncilClock clock) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Send(Guid caseId, CancellationToken cancellationToken)
    {
        var answers = store.Load(HttpContext);
        if (!answers.IsComplete)
        {
            return Redirect("/estimate/disclose");
        }

        var year = FinancialYear.Containing(clock.Today);
        if (await submissions.SubmitAsync(User, caseId, answers.ToRequest(year).Input, cancellationToken) is not { } assessment)
        {
            return NotFound();
        }

        EstimatorAnswersStore.Clear(HttpContext);
        if (User.IsInRole(DirectPayments.Application.Common.Roles.CaseManager))
        {
            TempData["Success"] = "The financial assessment was entered. Check it against the evidence, then verify it";
            return Redirect($"/case-management/cases/{caseId}/financial-assessments/{assessment.Number}");
        }

        TempData["Success"] = "Your financial assessment was sent to your case manager";
        return Redirect($"/citizen/cases/{caseId}");
    }
}

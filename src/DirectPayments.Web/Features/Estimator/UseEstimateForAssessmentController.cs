using DirectPayments.Application.Citizen.FinancialAssessments;
using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Estimator;

/// <summary>
/// A signed-in citizen who has tried the estimator uses its answers to start their own financial assessment on one of
/// their cases, rather than answer again: the answers become the case's draft, without the weekly cost they guessed
/// (the council knows it), and they check and send it from there (<see cref="CitizenFinancialAssessmentController"/>).
/// Its own controller, because the estimator's pages are open to everyone and this is not.
/// </summary>
[Authorize(Policy = Policies.Citizen)]
[Route("estimate/use-for-assessment")]
public sealed class UseEstimateForAssessmentController(EstimatorAnswersStore store, FinancialAssessmentDrafts drafts) : Controller
{
    public const string Path = "/estimate/use-for-assessment";

    [HttpPost("")]
    public async Task<IActionResult> Use(Guid caseId, CancellationToken cancellationToken)
    {
        var answers = store.Load(HttpContext);
        if (!answers.IsCompleteApartFromCost)
        {
            return RedirectToAction(nameof(EstimatorController.Disclose), "Estimator");
        }

        if (caseId == Guid.Empty)
        {
            return this.Outcome(CommandResult.Refused("Select which case the financial assessment is for"), string.Empty,
                RedirectToAction(nameof(EstimatorController.Result), "Estimator"));
        }

        answers.WeeklyCost = null;
        if (!await drafts.KeepAsync(caseId, EstimatorAnswersStore.ToJson(answers), cancellationToken))
        {
            return NotFound();
        }

        EstimatorAnswersStore.Clear(HttpContext);
        TempData[CommandOutcomes.SuccessKey] = "Your answers are now your financial assessment. Check them, then send them to your case manager";
        return RedirectToAction(nameof(CitizenFinancialAssessmentController.Check), "CitizenFinancialAssessment", new { caseId });
    }
}

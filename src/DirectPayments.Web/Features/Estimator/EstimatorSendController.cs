using DirectPayments.Application.Citizen.FinancialAssessments;
using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Estimator;

/// <summary>
/// A signed-in citizen sends their estimator answers to the council as the financial assessment for one of their cases.
/// Its own controller, because the estimator's pages are open to everyone and this is not. (A case manager enters a
/// person's answers from the person's case: <see cref="CaseFinancialAssessmentController"/>.)
/// </summary>
[Authorize(Roles = Roles.Citizen)]
[Route("estimate/send")]
public sealed class EstimatorSendController(EstimatorAnswersStore store, SendFinancialAssessment send) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Send(Guid caseId, CancellationToken cancellationToken)
    {
        var answers = store.Load(HttpContext);
        if (!answers.IsComplete)
        {
            return RedirectToAction(nameof(EstimatorController.Disclose), "Estimator");
        }

        if (caseId == Guid.Empty)
        {
            return this.Outcome(CommandResult.Refused("Select which case the financial assessment is for"), string.Empty,
                RedirectToAction(nameof(EstimatorController.Result), "Estimator"));
        }

        var sent = await send.RunAsync(caseId, answers.ToInput(), cancellationToken);
        if (!sent.Succeeded)
        {
            // Not sent: the answers are kept, and the estimate page says why.
            return this.Outcome(sent, string.Empty, RedirectToAction(nameof(EstimatorController.Result), "Estimator"));
        }

        EstimatorAnswersStore.Clear(HttpContext);
        return this.Outcome(sent, "Your financial assessment was sent to your case manager",
            RedirectToAction(nameof(Citizen.CitizenHomeController.Case), "CitizenHome", new { id = caseId }));
    }
}

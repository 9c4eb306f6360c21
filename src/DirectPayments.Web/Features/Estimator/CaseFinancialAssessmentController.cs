using DirectPayments.Application.Citizen.FinancialAssessments;
using DirectPayments.Application.Common;
using DirectPayments.Application.Estimator;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Estimator;

/// <summary>
/// A case manager enters a person's financial assessment from a call or a paper form, from the person's case: the
/// estimator's questions, kept for that case alone and headed with the person's name, ending in "Enter the assessment"
/// for that person (never a list of the caseload to choose from), then the case manager's check against the evidence.
/// </summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{caseId:guid}/financial-assessments/new")]
public sealed class CaseFinancialAssessmentController(EstimatorAnswersStore store, ContributionEstimates estimates, CaseReader cases)
    : FinancialQuestionsController(store, estimates)
{
    protected override string AnswersPath => $"/case-management/cases/{CaseId}/financial-assessments/new";

    protected override bool ForOnePerson => true;

    protected override bool AsksAboutDeprivation => true;

    protected override object? JourneyValues => new { caseId = CaseId };

    protected override string? BeforeTheQuestions => Url.Action("Case", "CaseManagementHome", new { id = CaseId });

    private Guid CaseId => Guid.TryParse(RouteData.Values["caseId"]?.ToString(), out var id) ? id : Guid.Empty;

    [HttpGet("")]
    public override IActionResult Start() => RedirectToAction(nameof(Disclose), JourneyValues);

    [HttpPost("enter")]
    public async Task<IActionResult> Enter([FromServices] SendFinancialAssessment send, CancellationToken cancellationToken)
    {
        var answers = Answers;
        if (!answers.IsComplete)
        {
            return RedirectToAction(nameof(Disclose), JourneyValues);
        }

        var entered = await send.RunAsync(CaseId, answers.ToInput(), cancellationToken);
        if (!entered.Succeeded)
        {
            return this.Outcome(entered, string.Empty, RedirectToAction(nameof(Check), JourneyValues));
        }

        EstimatorAnswersStore.Clear(HttpContext, AnswersPath);
        return this.Outcome(entered, "The financial assessment was entered. Check it against the evidence, then verify it",
            RedirectToAction("Verify", "FinancialAssessment", new { id = CaseId, number = entered.Value }));
    }

    // A disabled child's services are not means-tested under the Care Act: there is no assessment to enter.
    protected override async Task<string?> AnsweringForAsync(CancellationToken cancellationToken) =>
        await cases.FindAsync(CaseId, CaseOperation.Manage, cancellationToken) is { Stage: not Domain.Cases.CaseStage.Closed, IsForADisabledChild: false } careCase
            ? $"{careCase.SubjectName}, {careCase.Reference}"
            : null;

    protected override Task<EstimatorCheckPage> CheckPageAsync(EstimatorAnswers answers, CancellationToken cancellationToken) =>
        Task.FromResult(new EstimatorCheckPage(answers, Estimates.ThisYear) { AnsweringFor = AnsweringFor, EnterUrl = Url.Action(nameof(Enter), JourneyValues) });
}

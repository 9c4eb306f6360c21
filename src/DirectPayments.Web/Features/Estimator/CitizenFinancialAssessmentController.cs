using DirectPayments.Application.Citizen.FinancialAssessments;
using DirectPayments.Application.Estimator;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Estimator;

/// <summary>The start of a person's own financial assessment: what it asks, and the draft kept so far.</summary>
public sealed record FinancialAssessmentStartPage(DraftFor Draft, string FirstQuestion, string? CheckAnswers);

/// <summary>
/// A person's own financial assessment, from their case (docs/adr/0040): the estimator's questions about their money,
/// one a page, with their name above each, but no question about the cost of their care (the council knows it, and the
/// case manager sets it at verification). Each answer is kept as a draft on the server, so they can stop and come back
/// from any device; the check page sends it to their case manager, who checks it against the documents they send.
/// Someone acting for the person (an applicant, a nominee) answers for them on the same draft. The public estimator
/// stays for anyone, and keeps nothing.
/// </summary>
[Authorize(Policy = Policies.Citizen)]
[Route("citizen/cases/{caseId:guid}/financial-assessment")]
public sealed class CitizenFinancialAssessmentController(EstimatorAnswersStore store, ContributionEstimates estimates, FinancialAssessmentDrafts drafts)
    : FinancialQuestionsController(store, estimates)
{
    private DraftFor? _draft;

    protected override string AnswersPath => $"/citizen/cases/{CaseId}/financial-assessment";

    protected override bool ForOnePerson => true;

    protected override bool AsksTheCost => false;

    protected override object? JourneyValues => new { caseId = CaseId };

    protected override string? BeforeTheQuestions => Url.Action(nameof(Start), JourneyValues);

    private Guid CaseId => Guid.TryParse(RouteData.Values["caseId"]?.ToString(), out var id) ? id : Guid.Empty;

    [HttpGet("")]
    public override IActionResult Start() => View(new FinancialAssessmentStartPage(
        _draft!,
        Url.Action(nameof(Disclose), JourneyValues)!,
        IsComplete(Answers) ? Url.Action(nameof(Check), JourneyValues) : null));

    [HttpPost("send")]
    public async Task<IActionResult> Send([FromServices] SendFinancialAssessment send, CancellationToken cancellationToken)
    {
        var answers = Answers;
        if (!IsComplete(answers))
        {
            return RedirectToAction(nameof(Disclose), JourneyValues);
        }

        // No cost of care is asked here (answers brought from the estimator lose theirs): the case manager sets it.
        answers.WeeklyCost = null;
        var sent = await send.RunAsync(CaseId, answers.ToInput(), cancellationToken);
        return sent.Succeeded
            ? this.Outcome(sent, "Your financial assessment was sent to your case manager",
                RedirectToAction(nameof(Citizen.CitizenHomeController.Case), "CitizenHome", new { id = CaseId }))
            : this.Outcome(sent, string.Empty, RedirectToAction(nameof(Check), JourneyValues)); // the draft is kept
    }

    [HttpPost("start-again")]
    public async Task<IActionResult> StartAgain(CancellationToken cancellationToken)
    {
        await drafts.DiscardAsync(CaseId, cancellationToken);
        TempData[CommandOutcomes.SuccessKey] = "Your answers were deleted. You can start again when you are ready";
        return RedirectToAction(nameof(Start), JourneyValues);
    }

    protected override async Task<string?> AnsweringForAsync(CancellationToken cancellationToken)
    {
        _draft = await drafts.OpenAsync(CaseId, cancellationToken);
        return _draft is { } draft ? $"{draft.PersonName}, {draft.Reference}" : null;
    }

    /// <summary>To "you" when the person answers their own; about "them" when someone acting for them answers.</summary>
    protected override Words.QuestionVoice Voice => _draft is { AnsweredByThePerson: true } ? Words.QuestionVoice.ToYou : Words.QuestionVoice.AboutThem;

    protected override Task<EstimatorAnswers> LoadAnswersAsync(CancellationToken cancellationToken) =>
        Task.FromResult(EstimatorAnswersStore.FromJson(_draft?.Answers));

    // The case was closed, or this person's access ended, between reading and keeping the answers: as if not there.
    protected override Task<bool> SaveAnswersAsync(EstimatorAnswers answers, CancellationToken cancellationToken) =>
        drafts.KeepAsync(CaseId, EstimatorAnswersStore.ToJson(answers), cancellationToken);

    protected override Task<EstimatorCheckPage> CheckPageAsync(EstimatorAnswers answers, CancellationToken cancellationToken) =>
        Task.FromResult(new EstimatorCheckPage(answers, Estimates.ThisYear) { AnsweringFor = AnsweringFor, SendUrl = Url.Action(nameof(Send), JourneyValues) });
}

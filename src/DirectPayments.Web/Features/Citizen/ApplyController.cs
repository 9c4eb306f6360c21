using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Citizen;

/// <summary>
/// "Ask for an assessment": for oneself, as a carer, for a disabled child, or for someone else. One question a page;
/// each answer is saved to a draft at once, so the person can sign out and carry on later.
/// </summary>
[Authorize(Policy = Policies.Citizen)]
[Route("citizen/apply")]
public sealed class ApplyController(IApplications applications) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Start(CancellationToken cancellationToken) =>
        View(await applications.LoadDraftAsync(User, cancellationToken));

    [HttpGet("continue")]
    public async Task<IActionResult> Continue(CancellationToken cancellationToken) =>
        Redirect($"/citizen/apply/{(await applications.LoadDraftAsync(User, cancellationToken)).NextUnanswered()}");

    [HttpPost("start-again")]
    public async Task<IActionResult> StartAgain(CancellationToken cancellationToken)
    {
        await applications.DeleteDraftAsync(User, cancellationToken);
        return Redirect("/citizen/apply/who");
    }

    [HttpGet("who")]
    public async Task<IActionResult> Who(CancellationToken cancellationToken) =>
        View(new WhoStep { Who = (await applications.LoadDraftAsync(User, cancellationToken)).Who?.ToString() });

    [HttpPost("who")]
    public Task<IActionResult> Who(WhoStep model, [FromServices] IValidator<WhoStep> validator, bool change = false, CancellationToken cancellationToken = default) =>
        Save(model, validator, (a, m) =>
        {
            a.Who = Enum.Parse<RequestType>(m.Who!);
            if (a.Who == RequestType.Self)
            {
                a.Relationship = null;
            }
        }, change, cancellationToken);

    [HttpGet("person")]
    public async Task<IActionResult> Person(CancellationToken cancellationToken)
    {
        var answers = await applications.LoadDraftAsync(User, cancellationToken);
        ViewData["Who"] = answers.Who;
        return View(new PersonStep
        {
            FullName = answers.FullName ?? (answers.Who is RequestType.Self or RequestType.Carer ? User.FindFirst("dp:display-name")?.Value : null),
            DateOfBirth = answers.DateOfBirth,
        });
    }

    [HttpPost("person")]
    public Task<IActionResult> Person(PersonStep model, [FromServices] IValidator<PersonStep> validator, bool change = false, CancellationToken cancellationToken = default) =>
        Save(model, validator, (a, m) => (a.FullName, a.DateOfBirth) = (m.FullName!.Trim(), m.DateOfBirth), change, cancellationToken);

    [HttpGet("relationship")]
    public async Task<IActionResult> Relationship(CancellationToken cancellationToken)
    {
        var answers = await applications.LoadDraftAsync(User, cancellationToken);
        ViewData["Who"] = answers.Who;
        return View(new RelationshipStep { Relationship = answers.Relationship });
    }

    [HttpPost("relationship")]
    public Task<IActionResult> Relationship(RelationshipStep model, [FromServices] IValidator<RelationshipStep> validator, bool change = false, CancellationToken cancellationToken = default) =>
        Save(model, validator, (a, m) => a.Relationship = m.Relationship!.Trim(), change, cancellationToken);

    [HttpGet("difficulties")]
    public async Task<IActionResult> Difficulties(CancellationToken cancellationToken)
    {
        var answers = await applications.LoadDraftAsync(User, cancellationToken);
        ViewData["Who"] = answers.Who;
        return View(new DifficultiesStep
        {
            Difficulties = answers.Difficulties is { Count: 0 } ? ["NotSure"] : [.. (answers.Difficulties ?? []).Select(d => d.ToString())],
        });
    }

    [HttpPost("difficulties")]
    public Task<IActionResult> Difficulties(DifficultiesStep model, [FromServices] IValidator<DifficultiesStep> validator, bool change = false, CancellationToken cancellationToken = default) =>
        Save(model, validator, (a, m) => a.Difficulties = [.. m.Difficulties.Where(d => d != "NotSure").Select(Enum.Parse<EligibilityOutcome>)], change, cancellationToken);

    [HttpGet("help")]
    public async Task<IActionResult> Help(CancellationToken cancellationToken) =>
        View(new HelpStep { HelpNeeded = (await applications.LoadDraftAsync(User, cancellationToken)).HelpNeeded });

    [HttpPost("help")]
    public Task<IActionResult> Help(HelpStep model, [FromServices] IValidator<HelpStep> validator, bool change = false, CancellationToken cancellationToken = default) =>
        Save(model, validator, (a, m) => a.HelpNeeded = m.HelpNeeded!.Trim(), change, cancellationToken);

    [HttpGet("contact")]
    public async Task<IActionResult> Contact(CancellationToken cancellationToken) =>
        View(new ContactStep { ContactPhone = (await applications.LoadDraftAsync(User, cancellationToken)).ContactPhone });

    [HttpPost("contact")]
    public Task<IActionResult> Contact(ContactStep model, [FromServices] IValidator<ContactStep> validator, bool change = false, CancellationToken cancellationToken = default) =>
        Save(model, validator, (a, m) => (a.ContactPhone, a.ContactAnswered) = (string.IsNullOrWhiteSpace(m.ContactPhone) ? null : m.ContactPhone.Trim(), true), change, cancellationToken);

    [HttpGet("check")]
    public async Task<IActionResult> Check(CancellationToken cancellationToken)
    {
        var answers = await applications.LoadDraftAsync(User, cancellationToken);
        return answers.NextUnanswered() == "check" ? View(answers) : Redirect($"/citizen/apply/{answers.NextUnanswered()}");
    }

    [HttpPost("check")]
    public async Task<IActionResult> Submit(CancellationToken cancellationToken)
    {
        var answers = await applications.LoadDraftAsync(User, cancellationToken);
        if (answers.NextUnanswered() != "check")
        {
            return Redirect($"/citizen/apply/{answers.NextUnanswered()}");
        }

        var careCase = await applications.SubmitAsync(User, answers, cancellationToken);
        return RedirectToAction(nameof(Sent), new { id = careCase.Id });
    }

    [HttpGet("sent/{id:guid}")]
    public async Task<IActionResult> Sent(Guid id, [FromServices] ICitizenCases cases, CancellationToken cancellationToken) =>
        await cases.FindAsync(User, id, cancellationToken) is { } dashboard ? View(dashboard.Case) : NotFound();

    private async Task<IActionResult> Save<TModel>(
        TModel model, IValidator<TModel> validator, Action<ApplyAnswers, TModel> apply, bool change, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        var answers = await applications.LoadDraftAsync(User, cancellationToken);
        if (!ModelState.IsValid)
        {
            ViewData["Who"] = answers.Who;
            return View(model);
        }

        apply(answers, model);
        await applications.SaveDraftAsync(User, answers, cancellationToken);
        var next = answers.NextUnanswered();
        return Redirect(change && next == "check" ? "/citizen/apply/check" : $"/citizen/apply/{next}");
    }
}

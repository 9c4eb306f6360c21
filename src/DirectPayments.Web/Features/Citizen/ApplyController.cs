using DirectPayments.Application.Citizen.Applications;
using DirectPayments.Application.Citizen.Cases;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
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
public sealed class ApplyController(ApplicationDrafts drafts, AnswerApplicationQuestion answer, CouncilClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Start(CancellationToken cancellationToken) =>
        View(await drafts.LoadAsync(cancellationToken));

    [HttpGet("continue")]
    public async Task<IActionResult> Continue(CancellationToken cancellationToken) =>
        ToQuestion((await drafts.LoadAsync(cancellationToken)).NextUnanswered());

    [HttpPost("start-again")]
    public async Task<IActionResult> StartAgain([FromServices] StartApplicationAgain startAgain, CancellationToken cancellationToken)
    {
        // Without a draft there is nothing to throw away: a new application starts the same either way.
        await startAgain.RunAsync(cancellationToken);
        return RedirectToAction(nameof(Who));
    }

    [HttpGet("who")]
    public async Task<IActionResult> Who(CancellationToken cancellationToken) =>
        View(new WhoStep { Who = (await drafts.LoadAsync(cancellationToken)).Who?.ToString() });

    [HttpPost("who")]
    public Task<IActionResult> Who(WhoStep model, [FromServices] IValidator<WhoStep> validator, CancellationToken cancellationToken = default) =>
        Save(model, validator, (a, m) =>
        {
            a.Who = Enum.Parse<RequestType>(m.Who!);
            if (a.Who == RequestType.Self)
            {
                a.Relationship = null;
            }

            // A date of birth kept for an adult is asked again when the request becomes one for a child.
            if (a.Who == RequestType.ParentOfDisabledChild && a.DateOfBirth is { } born && !CareCase.IsAChildOn(born, clock.Today))
            {
                a.DateOfBirth = null;
            }

            // Needs chosen for another kind of request are asked again (a child's are not an adult's, nor a carer's).
            if (a.Difficulties is { } chosen && chosen.Except(RequestTypeRules.OutcomesFor(a.Who.Value)).Any())
            {
                a.Difficulties = null;
            }

            // An authority kept for another kind of request no longer answers the question (a parent's is for a child).
            if (!a.NeedsAuthority || (a.Who == RequestType.ParentOfDisabledChild) != (a.Authority == AuthorityToAct.ParentalResponsibility))
            {
                a.Authority = null;
            }
        }, cancellationToken);

    [HttpGet("person")]
    public async Task<IActionResult> Person(CancellationToken cancellationToken)
    {
        var answers = await drafts.LoadAsync(cancellationToken);
        return View(new PersonStep
        {
            AskingFor = answers.Who,
            FullName = answers.FullName ?? (answers.Who is RequestType.Self or RequestType.Carer ? await drafts.YourNameAsync(cancellationToken) : null),
            DateOfBirth = answers.DateOfBirth,
        });
    }

    [HttpPost("person")]
    public async Task<IActionResult> Person(PersonStep model, [FromServices] IValidator<PersonStep> validator, CancellationToken cancellationToken = default)
    {
        // Who it is for decides what a date of birth may be (a child is under 18), so the validator needs it.
        model.AskingFor = (await drafts.LoadAsync(cancellationToken)).Who;
        return await Save(model, validator, (a, m) => (a.FullName, a.DateOfBirth) = (m.FullName!.Trim(), m.DateOfBirth), cancellationToken);
    }

    [HttpGet("relationship")]
    public async Task<IActionResult> Relationship(CancellationToken cancellationToken)
    {
        var answers = await drafts.LoadAsync(cancellationToken);
        return View(new RelationshipStep { AskingFor = answers.Who, Relationship = answers.Relationship });
    }

    [HttpPost("relationship")]
    public Task<IActionResult> Relationship(RelationshipStep model, [FromServices] IValidator<RelationshipStep> validator, CancellationToken cancellationToken = default) =>
        Save(model, validator, (a, m) => a.Relationship = m.Relationship!.Trim(), cancellationToken);

    [HttpGet("authority")]
    public async Task<IActionResult> Authority(CancellationToken cancellationToken)
    {
        var answers = await drafts.LoadAsync(cancellationToken);
        return View(new AuthorityStep { AskingFor = answers.Who, PersonName = answers.FullName, Authority = answers.Authority?.ToString() });
    }

    [HttpPost("authority")]
    public async Task<IActionResult> Authority(AuthorityStep model, [FromServices] IValidator<AuthorityStep> validator, CancellationToken cancellationToken = default)
    {
        model.PersonName = (await drafts.LoadAsync(cancellationToken)).FullName;
        return await Save(model, validator, (a, m) => a.Authority = Enum.Parse<AuthorityToAct>(m.Authority!), cancellationToken);
    }

    [HttpGet("difficulties")]
    public async Task<IActionResult> Difficulties(CancellationToken cancellationToken)
    {
        var answers = await drafts.LoadAsync(cancellationToken);
        return View(new DifficultiesStep
        {
            AskingFor = answers.Who,
            Difficulties = answers.Difficulties is { Count: 0 } ? ["NotSure"] : [.. (answers.Difficulties ?? []).Select(d => d.ToString())],
        });
    }

    [HttpPost("difficulties")]
    public async Task<IActionResult> Difficulties(DifficultiesStep model, [FromServices] IValidator<DifficultiesStep> validator, CancellationToken cancellationToken = default)
    {
        // Who it is for decides which needs there are to choose from (a child's are not an adult's).
        model.AskingFor = (await drafts.LoadAsync(cancellationToken)).Who;
        // Each need once, however many times the form sent it.
        return await Save(model, validator, (a, m) => a.Difficulties = [.. m.Difficulties.Where(d => d != "NotSure").Distinct().Select(Enum.Parse<EligibilityOutcome>)], cancellationToken);
    }

    [HttpGet("help")]
    public async Task<IActionResult> Help(CancellationToken cancellationToken) =>
        View(new HelpStep { HelpNeeded = (await drafts.LoadAsync(cancellationToken)).HelpNeeded });

    [HttpPost("help")]
    public Task<IActionResult> Help(HelpStep model, [FromServices] IValidator<HelpStep> validator, CancellationToken cancellationToken = default) =>
        Save(model, validator, (a, m) => a.HelpNeeded = m.HelpNeeded!.Trim(), cancellationToken);

    [HttpGet("contact")]
    public async Task<IActionResult> Contact(CancellationToken cancellationToken)
    {
        var answers = await drafts.LoadAsync(cancellationToken);
        return View(new ContactStep
        {
            AddressLine1 = answers.AddressLine1, AddressLine2 = answers.AddressLine2, Town = answers.Town, Postcode = answers.Postcode,
            ContactPhone = answers.ContactPhone, AskingFor = answers.Who,
        });
    }

    [HttpPost("contact")]
    public Task<IActionResult> Contact(ContactStep model, [FromServices] IValidator<ContactStep> validator, CancellationToken cancellationToken = default) =>
        Save(model, validator, (a, m) =>
        {
            // Kept as the domain keeps them (a postcode in Royal Mail's form), so the check page shows what the case will hold.
            var contact = new ContactDetails(m.AddressLine1, m.AddressLine2, m.Town, m.Postcode, m.ContactPhone);
            (a.AddressLine1, a.AddressLine2, a.Town, a.Postcode, a.ContactPhone, a.ContactAnswered) =
                (contact.AddressLine1, contact.AddressLine2, contact.Town, contact.Postcode, contact.Phone, true);
        }, cancellationToken);

    [HttpGet("communication")]
    public async Task<IActionResult> Communication(CancellationToken cancellationToken)
    {
        var answers = await drafts.LoadAsync(cancellationToken);
        return View(new CommunicationStep
        {
            AskingFor = answers.Who,
            PreferredContact = answers.PreferredContact?.ToString(),
            Formats = [.. (answers.Formats ?? []).Select(f => f.ToString())],
            Support = [.. (answers.Support ?? []).Select(f => f.ToString())],
            Language = answers.InterpreterLanguage,
            Other = answers.OtherNeeds,
        });
    }

    [HttpPost("communication")]
    public Task<IActionResult> Communication(CommunicationStep model, [FromServices] IValidator<CommunicationStep> validator, CancellationToken cancellationToken = default) =>
        Save(model, validator, (a, m) =>
        {
            // Kept as the case will keep them: an interpreter's language only with an interpreter, in order.
            var needs = m.ToNeeds();
            (a.PreferredContact, a.Formats, a.Support, a.InterpreterLanguage, a.OtherNeeds, a.CommunicationAnswered) =
                (needs.PreferredContact, [.. needs.Formats], [.. needs.Support], needs.Language, needs.Other, true);
        }, cancellationToken);

    [HttpGet("check")]
    public async Task<IActionResult> Check(CancellationToken cancellationToken)
    {
        var answers = await drafts.LoadAsync(cancellationToken);
        return answers.IsComplete ? View(answers) : ToQuestion(answers.NextUnanswered());
    }

    [HttpPost("check")]
    public async Task<IActionResult> Submit([FromServices] AskForAnAssessment ask, CancellationToken cancellationToken)
    {
        var answers = await drafts.LoadAsync(cancellationToken);
        if (!answers.IsComplete)
        {
            return ToQuestion(answers.NextUnanswered());
        }

        var result = await ask.RunAsync(cancellationToken);
        return result.Succeeded ? RedirectToAction(nameof(Sent), new { id = result.Value }) : RedirectToAction(nameof(Continue));
    }

    [HttpGet("sent/{id:guid}")]
    public async Task<IActionResult> Sent(Guid id, [FromServices] CitizenCasePages cases, CancellationToken cancellationToken) =>
        await cases.SummaryAsync(id, cancellationToken) is { } sent ? View(sent) : NotFound();

    private RedirectToActionResult ToQuestion(ApplyQuestion question) => RedirectToAction(question.ToString());

    // Each answer goes to the draft at once; then on to the first question still unanswered (the check page once all are,
    // which is also where a Change link comes back to).
    private async Task<IActionResult> Save<TModel>(
        TModel model, IValidator<TModel> validator, Action<ApplyAnswers, TModel> apply, CancellationToken cancellationToken)
        where TModel : ApplyStep
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var result = await answer.RunAsync(a => apply(a, model), cancellationToken);
            if (result is { Succeeded: true, Value: { } answers })
            {
                return ToQuestion(answers.NextUnanswered());
            }

            ModelState.AddModelError(string.Empty, result.Message ?? CommandResult.ConflictMessage);
        }

        model.AskingFor = (await drafts.LoadAsync(cancellationToken)).Who;
        return View(model);
    }
}

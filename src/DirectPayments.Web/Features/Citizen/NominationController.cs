using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.Citizen.Nominations;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.Citizen;

public sealed class NominationViewModel
{
    [Display(Name = "Their full name")]
    public string? NomineeName { get; set; }

    [Display(Name = "Their email address")]
    public string? NomineeEmail { get; set; }

    [Display(Name = "How they are related to you")]
    public string? Relationship { get; set; }

    [Display(Name = "Confirm")]
    public List<string> Confirm { get; set; } = [];

    /// <summary>The case, its requests so far and who acts for the person now (never bound from the post).</summary>
    [BindNever]
    public NominationPage? Page { get; set; }
}

public sealed class NominationValidator : AbstractValidator<NominationViewModel>
{
    public NominationValidator()
    {
        RuleFor(m => m.NomineeName)
            .NotEmpty().WithMessage("Enter their full name")
            .MaximumLength(200).WithMessage("Their full name must be 200 characters or fewer");
        RuleFor(m => m.NomineeEmail)
            .NotEmpty().WithMessage("Enter their email address")
            .MaximumLength(256).WithMessage("Their email address must be 256 characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");
        RuleFor(m => m.Relationship)
            .NotEmpty().WithMessage("Enter how they are related to you")
            .MaximumLength(200).WithMessage("How they are related to you must be 200 characters or fewer");
        RuleFor(m => m.Confirm)
            .Must(c => c.Contains("yes"))
            .WithMessage("Confirm that you want this person to manage your direct payment and see your case");
    }
}

/// <summary>
/// The person asks for someone to receive and manage their direct payment for them. Only the person themselves (or
/// whoever applied for them) can ask; a nominee cannot nominate someone else. The case manager checks and decides.
/// </summary>
[Authorize(Policy = Policies.Citizen)]
[Route("citizen/cases/{id:guid}/nominate")]
public sealed class NominationController(NominationPages pages, IValidator<NominationViewModel> validator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) => Show(id, new NominationViewModel(), cancellationToken);

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid id, NominationViewModel model, [FromServices] AskForANominatedPerson ask, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await Show(id, model, cancellationToken);
        }

        var nominee = new Nominee(model.NomineeName!, model.NomineeEmail!, model.Relationship!);
        var asked = await ask.RunAsync(id, nominee, cancellationToken);
        return await this.FormOutcome(asked, asked.Message == AskForANominatedPerson.YourselfMessage ? nameof(model.NomineeEmail) : nameof(model.NomineeName),
            $"We have your request. Your case manager will check with {model.NomineeName!.Trim()} and tell you when it is done",
            () => RedirectToAction(nameof(Index), new { id }), () => Show(id, model, cancellationToken));
    }

    [HttpPost("withdraw")]
    public async Task<IActionResult> Withdraw(Guid id, Guid requestId, long version, [FromServices] WithdrawNominationRequest withdraw, CancellationToken cancellationToken) =>
        this.Outcome(await withdraw.RunAsync(id, requestId, version, cancellationToken), "You withdrew your request", RedirectToAction(nameof(Index), new { id }));

    /// <summary>The person stops their nominated person acting for them.</summary>
    [HttpPost("members/{memberId:guid}/stop")]
    public async Task<IActionResult> Stop(Guid id, Guid memberId, long version, [FromServices] StopActingForMe stop, CancellationToken cancellationToken)
    {
        var result = await stop.RunAsync(id, memberId, version, cancellationToken);
        return this.Outcome(result, $"{result.Value} no longer acts for you. We have written to you to confirm it", RedirectToAction(nameof(Index), new { id }));
    }

    // The page is the person's, or whoever applied for them: to someone who only acts for them it is not found.
    private async Task<IActionResult> Show(Guid id, NominationViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        return View(nameof(Index), model);
    }
}

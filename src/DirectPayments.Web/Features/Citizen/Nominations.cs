using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

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
public sealed class NominationController(
    DirectPaymentsDbContext db, IAuthorizationService authorization, IValidator<NominationViewModel> validator, CouncilClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        if (await OwnCase(id, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        await Show(careCase, cancellationToken);
        return View(new NominationViewModel());
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid id, NominationViewModel model, CancellationToken cancellationToken)
    {
        if (await OwnCase(id, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            if (await db.Set<NominationRequest>().AnyAsync(n => n.CaseId == id && n.Status == NominationStatus.Waiting, cancellationToken))
            {
                ModelState.AddModelError(nameof(model.NomineeName), "You have already asked us to record someone. Wait for our answer, or withdraw that request first");
            }
            else
            {
                try
                {
                    db.Add(new NominationRequest(id, model.NomineeName!, model.NomineeEmail!, model.Relationship!,
                        User.FindFirstValue(ClaimTypes.Name) ?? "the person", clock.Today));
                    await db.SaveChangesAsync(cancellationToken);
                    TempData["Success"] = $"We have your request. Your case manager will check with {model.NomineeName!.Trim()} and tell you when it is done";
                    return Redirect($"/citizen/cases/{id}/nominate");
                }
                catch (DomainException e)
                {
                    ModelState.AddModelError(nameof(model.NomineeName), e.Message.TrimEnd('.'));
                }
            }
        }

        await Show(careCase, cancellationToken);
        return View(model);
    }

    [HttpPost("withdraw")]
    public async Task<IActionResult> Withdraw(Guid id, CancellationToken cancellationToken)
    {
        if (await OwnCase(id, cancellationToken) is null)
        {
            return NotFound();
        }

        if (await db.Set<NominationRequest>().FirstOrDefaultAsync(n => n.CaseId == id && n.Status == NominationStatus.Waiting, cancellationToken) is { } waiting)
        {
            waiting.Withdraw();
            await db.SaveChangesAsync(cancellationToken);
            TempData["Success"] = "You withdrew your request";
        }

        return Redirect($"/citizen/cases/{id}/nominate");
    }

    private async Task Show(CareCase careCase, CancellationToken cancellationToken)
    {
        ViewData["Case"] = careCase;
        ViewData["Requests"] = await db.Set<NominationRequest>().Where(n => n.CaseId == careCase.Id)
            .OrderByDescending(n => n.RequestedOn).ThenByDescending(n => n.Id).ToListAsync(cancellationToken);
        var actingIds = careCase.Members.Where(m => m.IsActive && m.Role is CaseMemberRole.NominatedPerson or CaseMemberRole.AuthorisedPerson)
            .Select(m => m.UserId).ToList();
        ViewData["Acting"] = await db.Users.Where(u => actingIds.Contains(u.Id)).Select(u => u.DisplayName).ToListAsync(cancellationToken);
    }

    // The person, or whoever applied for them: not someone who only acts for them.
    private async Task<CareCase?> OwnCase(Guid id, CancellationToken cancellationToken)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (careCase is null || !(await authorization.AuthorizeAsync(User, careCase, CaseOperations.ActAsPerson)).Succeeded)
        {
            return null;
        }

        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        return careCase.Members.Any(m => m.UserId == userId && m.IsActive && m.Role is CaseMemberRole.Subject or CaseMemberRole.Applicant) ? careCase : null;
    }
}

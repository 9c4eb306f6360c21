using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class NominationDecisionViewModel
{
    [Display(Name = "Decision")]
    public string? Decision { get; set; }

    [Display(Name = "Why you are not recording them")]
    public string? Reason { get; set; }

    public long Version { get; set; }
}

public sealed class NominationDecisionValidator : AbstractValidator<NominationDecisionViewModel>
{
    public NominationDecisionValidator()
    {
        RuleFor(m => m.Decision).Must(d => d is "accept" or "decline").WithMessage("Select whether you record them as the nominated person");
        When(m => m.Decision == "decline", () =>
            RuleFor(m => m.Reason)
                .NotEmpty().WithMessage("Enter why you are not recording them")
                .MaximumLength(2000).WithMessage("Reason must be 2,000 characters or fewer"));
    }
}

/// <summary>
/// The case manager decides a person's request for a nominated person, after the council's checks (the nominee's
/// consent and suitability). Accepting records the nominee's account on the case; both ways, the person is told.
/// </summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/nominations/{nominationId:guid}")]
public sealed class NominationDecisionsController(
    DirectPaymentsDbContext db,
    IAuthorizationService authorization,
    UserManager<ApplicationUser> users,
    IValidator<NominationDecisionViewModel> validator,
    CouncilClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Decide(Guid id, Guid nominationId, CancellationToken cancellationToken)
    {
        if (await Load(id, nominationId, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Show(found);
        return View(new NominationDecisionViewModel { Version = found.Request.Version });
    }

    [HttpPost("")]
    public async Task<IActionResult> Decide(Guid id, Guid nominationId, NominationDecisionViewModel model, CancellationToken cancellationToken)
    {
        if (await Load(id, nominationId, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var (careCase, request) = found;
            var who = User.FindFirstValue(ClaimTypes.Name) ?? "case manager";
            var today = clock.Today;
            db.Entry(request).Property(r => r.Version).OriginalValue = model.Version;
            try
            {
                if (model.Decision == "accept")
                {
                    var nominee = await users.FindByEmailAsync(request.NomineeEmail);
                    if (nominee is null || !await users.IsInRoleAsync(nominee, Roles.Citizen))
                    {
                        throw new DomainException($"There is no citizen account for {request.NomineeEmail}. Ask {request.NomineeName} to create an account first");
                    }

                    careCase.AddMember(nominee.Id, CaseMemberRole.NominatedPerson);
                    request.Accept(who, today);
                    db.Add(new Notice(careCase.Id, NoticeKind.General, "Your nominated person is recorded",
                        $"We have recorded {request.NomineeName} as your nominated person. They can now see your case and manage your direct payment for you. "
                        + "You can ask us to stop this at any time.", [], clock.UtcNow));
                }
                else
                {
                    request.Decline(who, today, model.Reason!);
                    db.Add(new Notice(careCase.Id, NoticeKind.General, "Your request for a nominated person",
                        $"We have not recorded {request.NomineeName} as your nominated person. {request.DeclineReason} "
                        + "Talk to your case manager if you would like to nominate someone else.", [], clock.UtcNow));
                }

                await db.SaveChangesAsync(cancellationToken);
                TempData["Success"] = model.Decision == "accept"
                    ? $"{request.NomineeName} can now act for {careCase.SubjectName}"
                    : $"{careCase.SubjectName} has been told why {request.NomineeName} was not recorded";
                return Redirect($"/case-management/cases/{id}/representatives");
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(nameof(model.Decision), e.Message.TrimEnd('.'));
            }
            catch (DbUpdateConcurrencyException)
            {
                ModelState.AddModelError(string.Empty, "Someone else decided this request while you were reading it. Look at it again.");
            }
        }

        Show(found);
        return View(model);
    }

    private void Show((CareCase Case, NominationRequest Request) found)
    {
        ViewData["Case"] = found.Case;
        ViewData["Request"] = found.Request;
    }

    private async Task<(CareCase Case, NominationRequest Request)?> Load(Guid id, Guid nominationId, CancellationToken cancellationToken)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (careCase is null || !(await authorization.AuthorizeAsync(User, careCase, CaseOperations.Manage)).Succeeded)
        {
            return null;
        }

        var request = await db.Set<NominationRequest>().SingleOrDefaultAsync(n => n.Id == nominationId && n.CaseId == id, cancellationToken);
        return request is null ? null : (careCase, request);
    }
}

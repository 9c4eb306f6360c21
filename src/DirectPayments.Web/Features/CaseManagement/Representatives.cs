using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class RepresentativeViewModel
{
    [Display(Name = "Their email address")]
    public string? Email { get; set; }

    [Display(Name = "Role")]
    public string? Role { get; set; }

    public long Version { get; set; }
}

public sealed class RepresentativeValidator : AbstractValidator<RepresentativeViewModel>
{
    public RepresentativeValidator()
    {
        RuleFor(m => m.Email).NotEmpty().WithMessage("Enter their email address").EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");
        RuleFor(m => m.Role).Must(r => r is nameof(CaseMemberRole.NominatedPerson) or nameof(CaseMemberRole.AuthorisedPerson))
            .WithMessage("Select nominated person or authorised person");
    }
}

public sealed record RepresentativeRow(string Name, string Email, CaseMemberRole Role);

/// <summary>
/// People who act for the person: a nominated person the person chose (Care Act s31) or an authorised person for
/// someone who lacks capacity (s32). The council records them after its checks; they then sign in with their own
/// account and see only this case.
/// </summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/representatives")]
public sealed class RepresentativesController(
    DirectPaymentsDbContext db,
    IAuthorizationService authorization,
    UserManager<ApplicationUser> users,
    IValidator<RepresentativeViewModel> validator,
    CouncilClock clock) : Controller
{
    public const string NoAccountMessage = "There is no citizen account with that email address. Ask them to create an account first";

    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        if (await ManagedCase(id, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        await Show(careCase, cancellationToken);
        return View(new RepresentativeViewModel { Version = careCase.Version });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid id, RepresentativeViewModel model, CancellationToken cancellationToken)
    {
        if (await ManagedCase(id, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var user = await users.FindByEmailAsync(model.Email!.Trim());
            if (user is null || !await users.IsInRoleAsync(user, Roles.Citizen))
            {
                ModelState.AddModelError(nameof(model.Email), NoAccountMessage);
            }
            else
            {
                try
                {
                    db.Entry(careCase).Property(c => c.Version).OriginalValue = model.Version;
                    careCase.AddMember(user.Id, Enum.Parse<CaseMemberRole>(model.Role!));
                    db.Add(new Notice(careCase.Id, NoticeKind.General, "Someone can now act for you",
                        $"We have recorded {user.DisplayName} as your {(model.Role == nameof(CaseMemberRole.NominatedPerson) ? "nominated person" : "authorised person")}. "
                        + "They can see this case and manage the direct payment for you.", [], clock.UtcNow));
                    await db.SaveChangesAsync(cancellationToken);
                    TempData["Success"] = $"{user.DisplayName} can now act for {careCase.SubjectName}";
                    return RedirectToAction(nameof(Index), new { id });
                }
                catch (DomainException e)
                {
                    ModelState.AddModelError(nameof(model.Email), e.Message.TrimEnd('.'));
                }
                catch (DbUpdateConcurrencyException)
                {
                    ModelState.AddModelError(string.Empty, "Someone else changed this case while you were working on it. Try again.");
                }
            }
        }

        await Show(careCase, cancellationToken);
        return View(model);
    }

    public static IEnumerable<SelectListItem> RoleChoices() =>
    [
        new GovUkChoiceItem(nameof(CaseMemberRole.NominatedPerson), "Nominated person", "Chosen by the person, who has capacity, to receive and manage the direct payment for them"),
        new GovUkChoiceItem(nameof(CaseMemberRole.AuthorisedPerson), "Authorised person", "Acts in the best interests of a person who lacks capacity, for example under a lasting power of attorney"),
    ];

    private async Task Show(CareCase careCase, CancellationToken cancellationToken)
    {
        var memberIds = careCase.Members.Where(m => m.IsActive).Select(m => m.UserId).ToList();
        var people = await db.Users.Where(u => memberIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        ViewData["Case"] = careCase;
        ViewData["Waiting"] = await db.Set<NominationRequest>()
            .Where(n => n.CaseId == careCase.Id && n.Status == NominationStatus.Waiting).ToListAsync(cancellationToken);
        ViewData["People"] = careCase.Members.Where(m => m.IsActive && people.ContainsKey(m.UserId))
            .Select(m => new RepresentativeRow(people[m.UserId].DisplayName, people[m.UserId].Email ?? string.Empty, m.Role)).ToList();
    }

    private async Task<CareCase?> ManagedCase(Guid id, CancellationToken cancellationToken)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return careCase is not null && (await authorization.AuthorizeAsync(User, careCase, CaseOperations.Manage)).Succeeded ? careCase : null;
    }
}

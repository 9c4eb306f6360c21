using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.CaseManagement.Representatives;
using DirectPayments.Domain.Cases;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class ApplicantAuthorityViewModel
{
    [Display(Name = "What gives them the right to act for the person?")]
    public string? Authority { get; set; }

    [Display(Name = "What did you see or hear?")]
    public string? Evidence { get; set; }

    public long Version { get; set; }

    [BindNever]
    public ApplicantAuthorityPage? Page { get; set; }
}

public sealed class ApplicantAuthorityValidator : AbstractValidator<ApplicantAuthorityViewModel>
{
    public ApplicantAuthorityValidator()
    {
        RuleFor(m => m.Authority)
            .Must(a => EnumInput.IsDefined<AuthorityToAct>(a) && a != nameof(AuthorityToAct.NoneYet))
            .WithMessage("Select what gives them the right to act for the person");
        RuleFor(m => m.Evidence)
            .NotEmpty().WithMessage("Enter what you saw or heard that shows their authority, for example the power of attorney's reference")
            .MaximumLength(CareCase.MaximumAuthorityEvidenceLength).WithMessage($"What you saw or heard must be {CareCase.MaximumAuthorityEvidenceLength} characters or fewer");
    }
}

/// <summary>
/// The case manager checks the authority of someone who asked for another person (their agreement, a lasting power of
/// attorney, a deputyship order, or a parent's parental responsibility) before that person may agree anything for them.
/// </summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/authority")]
public sealed class ApplicantAuthorityController(ApplicantAuthorityPages pages, IValidator<ApplicantAuthorityViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) =>
        await pages.FindAsync(id, cancellationToken) is { } page
            ? View(new ApplicantAuthorityViewModel
            {
                Authority = page.Case.ApplicantAuthority is { } said and not AuthorityToAct.NoneYet ? said.ToString() : null,
                Version = page.Case.Version,
                Page = page,
            })
            : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Index(Guid id, ApplicantAuthorityViewModel model, [FromServices] CheckApplicantAuthority check, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await Show(id, model, cancellationToken);
        }

        var result = await check.RunAsync(id, model.Version, Enum.Parse<AuthorityToAct>(model.Authority!), model.Evidence!, cancellationToken);
        return await this.FormOutcome(result, "You recorded that you checked their authority. They can now agree things for the person",
            () => RedirectToAction("Case", "CaseManagementHome", new { id }), () => Show(id, model, cancellationToken));
    }

    /// <summary>The authorities a case manager can check: the person's agreement, or a legal authority (a parent's for a child).</summary>
    public static IEnumerable<SelectListItem> Authorities(CareCase careCase)
    {
        ArgumentNullException.ThrowIfNull(careCase);
        return careCase.RequestType == RequestType.ParentOfDisabledChild
            ? [new GovUkChoiceItem(nameof(AuthorityToAct.ParentalResponsibility), "Parental responsibility", "For example a birth certificate naming them, or a court order")]
            :
            [
                new GovUkChoiceItem(nameof(AuthorityToAct.TheyAgree), "The person agrees", "You spoke to the person, who can decide this and agrees to them acting"),
                new GovUkChoiceItem(nameof(AuthorityToAct.LastingPowerOfAttorney), "A lasting power of attorney", "Registered with the Office of the Public Guardian, for health and welfare or property and financial affairs"),
                new GovUkChoiceItem(nameof(AuthorityToAct.CourtDeputy), "A deputyship order", "From the Court of Protection"),
            ];
    }

    private async Task<IActionResult> Show(Guid id, ApplicantAuthorityViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        return View(nameof(Index), model);
    }
}

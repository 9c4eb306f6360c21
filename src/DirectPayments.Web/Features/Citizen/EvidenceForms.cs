using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.Citizen.Evidence;
using DirectPayments.Domain.Evidence;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.Citizen;

public sealed class UploadEvidenceViewModel
{
    [Display(Name = "File")]
    public IFormFile? File { get; set; }

    [Display(Name = "What is this document?")]
    public string? Description { get; set; }

    [Display(Name = "What is it for?")]
    public string? Purpose { get; set; }

    /// <summary>The account line this is a receipt for, when sent from that line.</summary>
    public Guid? TransactionId { get; set; }

    /// <summary>The answer of their financial assessment it shows, in its words; <see cref="ShowsNoAnswer"/> for none.</summary>
    [Display(Name = "Which of your answers does it show?")]
    public string? Proves { get; set; }

    public const string ShowsNoAnswer = "none";

    /// <summary>The answer it shows, if one was chosen.</summary>
    public string? ProvesAnswer => Proves is { Length: > 0 } answer && answer != ShowsNoAnswer ? answer : null;

    /// <summary>The case and the documents sent so far, the form sits above (never bound from the post).</summary>
    [BindNever]
    public EvidencePage? Page { get; set; }
}

public sealed class UploadEvidenceValidator : AbstractValidator<UploadEvidenceViewModel>
{
    public UploadEvidenceValidator()
    {
        RuleFor(m => m.File).NotNull().WithMessage("Select a file");
        RuleFor(m => m.File!.Length).Must(l => l > 0).WithMessage("The selected file is empty").When(m => m.File is not null).OverridePropertyName(nameof(UploadEvidenceViewModel.File));
        RuleFor(m => m.File!.Length).Must(l => l <= EvidenceFile.MaximumBytes).WithMessage("The selected file must be smaller than 10 MB")
            .When(m => m.File is not null).OverridePropertyName(nameof(UploadEvidenceViewModel.File));
        RuleFor(m => m.Description)
            .NotEmpty().WithMessage("Enter what the document is, for example bank statement for October")
            .MaximumLength(500).WithMessage("Description must be 500 characters or fewer");
        RuleFor(m => m.Purpose).Must(EnumInput.IsDefined<EvidencePurpose>).WithMessage("Select what the document is for");
        RuleFor(m => m.Proves)
            .MaximumLength(EvidenceFile.MaximumProvesLength).WithMessage("Select one of the answers listed")
            .Must((m, _) => m.ProvesAnswer is null || m.Purpose == nameof(EvidencePurpose.FinancialAssessment))
            .WithMessage("A document that shows one of your answers is evidence for a financial assessment: select that, or that it does not show one of your answers");
    }
}

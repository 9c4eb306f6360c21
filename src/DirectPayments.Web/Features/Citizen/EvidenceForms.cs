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
    }
}

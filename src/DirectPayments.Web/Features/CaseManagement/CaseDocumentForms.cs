using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.CaseManagement.Documents;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class DocumentRequestViewModel
{
    [Display(Name = "What documents do you need?")]
    public string? What { get; set; }

    [Display(Name = "Date you need them by")]
    public DateOnly? By { get; set; }

    /// <summary>The documents the form is on the page with (never bound from the post).</summary>
    [BindNever]
    public CaseDocumentPage? Page { get; set; }
}

public sealed class DocumentRequestValidator : AbstractValidator<DocumentRequestViewModel>
{
    public DocumentRequestValidator(CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(m => m.What)
            .NotEmpty().WithMessage("Enter what documents you need")
            .MaximumLength(2000).WithMessage("What documents you need must be 2,000 characters or fewer");
        RuleFor(m => m.By).NotNull().WithMessage("Enter the date you need them by");
        RuleFor(m => m.By)
            .Must(d => d is null || d > clock.Today)
            .WithMessage("Date you need them by must be in the future")
            .WithinAYearOfToday(clock, "Date you need them by");
    }
}

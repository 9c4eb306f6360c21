using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.CaseManagement.DirectPayments;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>One of the three forms on the page: suspend from a day, resume from a day, or end after a last day.</summary>
public sealed class DirectPaymentStatusViewModel
{
    /// <summary>Which form was sent: Suspended, Resumed or Ended.</summary>
    public string? Change { get; set; }

    [Display(Name = "Date")]
    public DateOnly? Date { get; set; }

    [Display(Name = "Why the direct payment ends")]
    public string? Why { get; set; }

    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    [Display(Name = "Name of the executor, or whoever deals with the estate")]
    public string? EstateName { get; set; }

    [Display(Name = "Their email address")]
    public string? EstateEmail { get; set; }

    /// <summary>Whether <paramref name="change"/> is one the page's forms send.</summary>
    public static bool IsAChangeOnThePage(string? change) =>
        change is nameof(DirectPaymentChangeKind.Suspended) or nameof(DirectPaymentChangeKind.Resumed) or nameof(DirectPaymentChangeKind.Ended);

    /// <summary>The direct payment's version when the page was shown.</summary>
    public long VersionSeen { get; set; }

    [BindNever]
    public DirectPaymentStatusPage? Page { get; set; }

    public DirectPaymentStatusChange ToChange(Guid caseId) => new(
        caseId, VersionSeen, Enum.Parse<DirectPaymentChangeKind>(Change!), Date!.Value, Reason!.Trim(),
        Change == nameof(DirectPaymentChangeKind.Ended) ? Enum.Parse<EndReason>(Why!) : null,
        Change == nameof(DirectPaymentChangeKind.Ended) && Why == nameof(EndReason.Died) && !string.IsNullOrWhiteSpace(EstateName)
            ? new Application.Letters.Addressee(EstateName.Trim(), EstateEmail!.Trim())
            : null);
}

public sealed class DirectPaymentStatusValidator : AbstractValidator<DirectPaymentStatusViewModel>
{
    public DirectPaymentStatusValidator(CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(m => m.Change)
            .Must(DirectPaymentStatusViewModel.IsAChangeOnThePage)
            .WithMessage("Choose to suspend, resume or end the direct payment");
        RuleFor(m => m.Date)
            .NotNull().WithMessage(m => m.Change == nameof(DirectPaymentChangeKind.Ended) ? "Enter the last day the direct payment pays for" : "Enter the date it takes effect")
            .WithinAYearOfToday(clock);
        When(m => m.Change == nameof(DirectPaymentChangeKind.Ended), () =>
            RuleFor(m => m.Why).Must(EnumInput.IsDefined<EndReason>).WithMessage("Select why the direct payment ends"));
        When(m => m.Change == nameof(DirectPaymentChangeKind.Ended) && m.Why == nameof(EndReason.Died), () => this.AddEstateContactRules(m => m.EstateName, m => m.EstateEmail));
        RuleFor(m => m.Reason)
            .NotEmpty().WithMessage("Enter the reason: the person will read it")
            .MaximumLength(DirectPaymentChange.MaxReasonLength).WithMessage($"Reason must be {DirectPaymentChange.MaxReasonLength:N0} characters or fewer");
    }
}

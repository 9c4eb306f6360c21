using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.CaseManagement.Cases;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>The day a disabled child's case moves to adult care.</summary>
public sealed class AdultCareViewModel
{
    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    /// <summary>The case's version when the page was shown.</summary>
    public long Version { get; set; }

    [BindNever]
    public CareCase? Case { get; set; }

    /// <summary>Whether the child is 18 today, so the case can move now.</summary>
    [BindNever]
    public bool CanMoveNow { get; set; }

    public AdultCareMove ToMove(Guid caseId) => new(caseId, From!.Value, Version);
}

public sealed class AdultCareValidator : AbstractValidator<AdultCareViewModel>
{
    public AdultCareValidator(CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(m => m.From)
            .NotNull().WithMessage("Enter the date adult care takes over")
            .WithinAYearOfToday(clock);
    }
}

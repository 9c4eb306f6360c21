using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DirectPayments.Application.CaseManagement.SupportPlans;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class PlanLineViewModel
{
    [Display(Name = "What kind of support")]
    public string? Category { get; set; }

    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Display(Name = "Need it meets")]
    public string? Need { get; set; }

    [Display(Name = "Outcome")]
    public string? Outcome { get; set; }

    [Display(Name = "How it is costed")]
    public string? Costing { get; set; }

    [Display(Name = "Hours a week")]
    public string? Hours { get; set; }

    [Display(Name = "Hourly rate")]
    public Money? HourlyRate { get; set; }

    [Display(Name = "Amount")]
    public Money? Amount { get; set; }

    [Display(Name = "How often")]
    public string? Frequency { get; set; }

    [Display(Name = "How it is delivered")]
    public string? Delivery { get; set; }

    [Display(Name = "Is it on the list of things a direct payment may not buy?")]
    public string? Restriction { get; set; }

    [Display(Name = "Why the council decided it is necessary")]
    public string? ExceptionReason { get; set; }

    public long PlanVersion { get; set; }

    /// <summary>The plan the line is for, for the page around the form (never bound from the post).</summary>
    [BindNever]
    public SupportPlanPage? Page { get; set; }

    public static PlanLineViewModel NewFor(SupportPlanPage page, long planVersion) => new()
    {
        Page = page,
        PlanVersion = planVersion,
        Restriction = nameof(Domain.SupportPlans.Restriction.None),
        Delivery = nameof(DeliveryOption.DirectPayment),
    };

    public SupportPlanLineDetails ToDetails()
    {
        var hours = Costing == "hours";
        return new SupportPlanLineDetails(
            Enum.Parse<SupportCategory>(Category!),
            Description!,
            Enum.Parse<EligibilityOutcome>(Need!),
            Outcome!,
            hours ? Money.Zero : Amount!.Value,
            hours ? Domain.Common.Frequency.Weekly : Enum.Parse<Frequency>(Frequency!),
            hours ? decimal.Parse(Hours!.Trim(), CultureInfo.InvariantCulture) : null,
            hours ? HourlyRate!.Value : null,
            Enum.Parse<DeliveryOption>(Delivery!),
            Enum.Parse<Restriction>(Restriction!),
            ExceptionReason);
    }
}

public sealed class PlanLineValidator : AbstractValidator<PlanLineViewModel>
{
    public PlanLineValidator()
    {
        RuleFor(m => m.Category).Must(EnumInput.IsDefined<SupportCategory>).WithMessage("Select the kind of support");
        RuleFor(m => m.Description).NotEmpty().WithMessage("Describe what the line buys").MaximumLength(500).WithMessage("Description must be 500 characters or fewer");
        RuleFor(m => m.Need).Must(EnumInput.IsDefined<EligibilityOutcome>).WithMessage("Select the need it meets");
        RuleFor(m => m.Outcome).NotEmpty().WithMessage("Enter the outcome it helps the person achieve").MaximumLength(1000).WithMessage("Outcome must be 1,000 characters or fewer");
        RuleFor(m => m.Costing).Must(v => v is "hours" or "amount").WithMessage("Select how the line is costed");
        When(m => m.Costing == "hours", () =>
        {
            RuleFor(m => m.Hours).Custom((v, c) =>
            {
                if (string.IsNullOrWhiteSpace(v))
                {
                    c.AddFailure("Enter the hours a week");
                }
                else if (!decimal.TryParse(v.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var hours) || hours <= 0m || hours > 168m || decimal.Round(hours, 2) != hours)
                {
                    c.AddFailure("Hours a week must be a number more than 0 and no more than 168, like 12.5");
                }
            });
            RuleFor(m => m.HourlyRate).ValidMoney("the hourly rate", 1000m);
            RuleFor(m => m.HourlyRate).Must(rate => rate is not { } r || r > Money.Zero).WithMessage("The hourly rate must be more than £0");
        });
        When(m => m.Costing == "amount", () =>
        {
            RuleFor(m => m.Amount).ValidMoney("the amount", 1_000_000m);
            RuleFor(m => m.Amount).Must(amount => amount is not { } a || a > Money.Zero).WithMessage("The amount must be more than £0");
            RuleFor(m => m.Frequency).Must(EnumInput.IsDefined<Frequency>).WithMessage("Select how often it is paid");
        });
        RuleFor(m => m.Delivery).Must(EnumInput.IsDefined<DeliveryOption>).WithMessage("Select how it is delivered");
        RuleFor(m => m.Restriction).Must(EnumInput.IsDefined<Restriction>).WithMessage("Select whether it is on the list");
        RuleFor(m => m.ExceptionReason).MaximumLength(2000).WithMessage("Reason must be 2,000 characters or fewer");
    }
}

/// <summary>The table of a plan's lines, and whether the case manager may still remove them (a draft).</summary>
public sealed record SupportPlanLinesModel(SupportPlanPage Page, bool Editable);

/// <summary>The person's agreement to the plan, given to the case manager rather than online.</summary>
public sealed class PersonsAgreementViewModel
{
    [Display(Name = "Who agreed")]
    public string? Who { get; set; }

    [Display(Name = "How they agreed")]
    public string? How { get; set; }

    public long PlanVersion { get; set; }

    /// <summary>The plan agreed, for the page around the form (never bound from the post).</summary>
    [BindNever]
    public SupportPlanPage? Page { get; set; }
}

public sealed class PersonsAgreementValidator : AbstractValidator<PersonsAgreementViewModel>
{
    public PersonsAgreementValidator()
    {
        RuleFor(m => m.Who)
            .NotEmpty().WithMessage("Enter the name of who agreed the plan")
            .MaximumLength(SupportPlan.MaxAgreedByLength).WithMessage($"Who agreed must be {SupportPlan.MaxAgreedByLength} characters or fewer");
        RuleFor(m => m.How)
            .Must(how => Enum.TryParse<PersonsAgreementGiven>(how, out var given) && Enum.IsDefined(given) && !int.TryParse(how, out _))
            .WithMessage("Select how they agreed the plan");
    }
}

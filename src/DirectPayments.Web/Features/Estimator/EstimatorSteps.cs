using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.Estimator;

/// <summary>One page of the estimator: its answer, with the answers so far and the way back (never bound from the post).</summary>
public abstract class EstimatorStep
{
    /// <summary>Everything answered so far: the incomes, savings and housing costs already added are listed on their pages.</summary>
    [BindNever]
    public EstimatorAnswers Answers { get; set; } = new();

    /// <summary>The page before this one in the person's journey, for the back link.</summary>
    [BindNever]
    public string? Back { get; set; }

    /// <summary>The page after this one, for a "Continue" that does not post an answer.</summary>
    [BindNever]
    public string? Continue { get; set; }

    /// <summary>Whose answers these are, when a case manager enters them for a person ("Alex Citizen, DP-2026-0001").</summary>
    [BindNever]
    public string? AnsweringFor { get; set; }

    /// <summary>Whether the questions speak about the person or to them (set before the answers are validated).</summary>
    [BindNever]
    public Words.QuestionVoice Voice { get; set; } = Words.QuestionVoice.AboutThem;
}

public sealed class DiscloseStep : EstimatorStep
{
    [Display(Name = "Do you want to tell us about their money?")]
    public string? WillDisclose { get; set; }
}

public sealed class AgeStep : EstimatorStep
{
    [Display(Name = "Age")]
    public string? Age { get; set; }
}

public sealed class PensionAgeStep : EstimatorStep
{
    [Display(Name = "Have they reached State Pension age?")]
    public string? PensionAge { get; set; }
}

public sealed class HouseholdStep : EstimatorStep
{
    [Display(Name = "Who do they live with?")]
    public string? Household { get; set; }
}

/// <summary>Asked only of a member of a couple: the couple's pension-age MIG applies when either has reached it.</summary>
public sealed class PartnerPensionAgeStep : EstimatorStep
{
    [Display(Name = "Has their partner reached State Pension age?")]
    public string? PartnerPensionAge { get; set; }
}

/// <summary>Asked only where the council disregards the night-care element and a day-and-night benefit is given.</summary>
public sealed class NightCareStep : EstimatorStep
{
    [Display(Name = "Is care arranged for them at night?")]
    public string? NightCareArranged { get; set; }
}

public sealed class ChildrenStep : EstimatorStep
{
    [Display(Name = "Number of children")]
    public string? Children { get; set; }
}

public sealed class BenefitsStep : EstimatorStep
{
    [Display(Name = "Which of these apply to them?")]
    public List<string> Premiums { get; set; } = [];
}

public sealed class IncomeStep : EstimatorStep
{
    [Display(Name = "Type of income")]
    public string? Type { get; set; }

    [Display(Name = "Amount")]
    public Money? Amount { get; set; }

    [Display(Name = "How often")]
    public string? Frequency { get; set; }
}

public sealed class CapitalStep : EstimatorStep
{
    [Display(Name = "Type of savings or capital")]
    public string? Type { get; set; }

    [Display(Name = "Amount")]
    public Money? Amount { get; set; }

    [Display(Name = "Is it owned jointly with someone else?")]
    public string? Joint { get; set; }

    [Display(Name = "Amount owed on a mortgage or loan secured on it")]
    public Money? SecuredDebt { get; set; }
}

/// <summary>A case manager's page only: notional capital where they have decided the person deprived themselves of it.</summary>
public sealed class DeprivationStep : EstimatorStep
{
    [Display(Name = "Have you decided they deprived themselves of capital to avoid paying for care?")]
    public string? Deprived { get; set; }

    [Display(Name = "Notional capital")]
    [MoreThanZero]
    public Money? NotionalCapital { get; set; }

    [Display(Name = "Your reasons")]
    public string? Reason { get; set; }
}

public sealed class HousingStep : EstimatorStep
{
    [Display(Name = "Type of housing cost")]
    public string? Type { get; set; }

    [Display(Name = "Amount")]
    public Money? Amount { get; set; }

    [Display(Name = "How often")]
    public string? Frequency { get; set; }
}

public sealed class DisabilityCostsStep : EstimatorStep
{
    [Display(Name = "Extra costs because of disability")]
    public string? UseStandard { get; set; }

    [Display(Name = "Amount a week")]
    public Money? Amount { get; set; }

    /// <summary>The council's standard weekly amount this year, so the page promises only what the council allows.</summary>
    [BindNever]
    public Money? StandardAmount { get; set; }
}

/// <summary>One item of extra costs because of disability, added to the list.</summary>
public sealed class DisabilityCostItemStep : EstimatorStep
{
    [Display(Name = "Type of cost")]
    public string? Type { get; set; }

    [Display(Name = "Amount")]
    public Money? Amount { get; set; }

    [Display(Name = "How often")]
    public string? Frequency { get; set; }
}

public sealed class CostStep : EstimatorStep
{
    [Display(Name = "Weekly cost of care and support")]
    public Money? WeeklyCost { get; set; }
}

public sealed class DiscloseStepValidator : AbstractValidator<DiscloseStep>
{
    public DiscloseStepValidator() =>
        RuleFor(m => m.WillDisclose).Must(v => v is "yes" or "no").WithMessage(m => $"Select yes if you want to tell us about {m.Voice.Their} money");
}

public sealed class AgeStepValidator : AbstractValidator<AgeStep>
{
    public AgeStepValidator() => RuleFor(m => m.Age).Custom((value, context) =>
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            context.AddFailure("Enter their age");
        }
        // A sign is read, so that -1 is told the range rather than that it is not a whole number.
        else if (!int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var age))
        {
            context.AddFailure("Age must be a whole number, like 45");
        }
        else if (age is < EstimateRequestReader.MinimumAge or > EstimateRequestReader.MaximumAge)
        {
            context.AddFailure($"Age must be between {EstimateRequestReader.MinimumAge} and {EstimateRequestReader.MaximumAge}");
        }
    });
}

public sealed class PensionAgeStepValidator : AbstractValidator<PensionAgeStep>
{
    public PensionAgeStepValidator() =>
        RuleFor(m => m.PensionAge).Must(v => v is "yes" or "no").WithMessage(m => $"Select yes if {m.Voice.They} have reached State Pension age");
}

public sealed class PartnerPensionAgeStepValidator : AbstractValidator<PartnerPensionAgeStep>
{
    public PartnerPensionAgeStepValidator() =>
        RuleFor(m => m.PartnerPensionAge).Must(v => v is "yes" or "no").WithMessage(m => $"Select yes if {m.Voice.Their} partner has reached State Pension age");
}

public sealed class NightCareStepValidator : AbstractValidator<NightCareStep>
{
    public NightCareStepValidator() =>
        RuleFor(m => m.NightCareArranged).Must(v => v is "yes" or "no").WithMessage(m => $"Select yes if care is arranged for {m.Voice.Them} at night");
}

public sealed class HouseholdStepValidator : AbstractValidator<HouseholdStep>
{
    public HouseholdStepValidator() =>
        RuleFor(m => m.Household).Must(EnumInput.IsDefined<Household>).WithMessage(m => $"Select who {m.Voice.They} live with");
}

public sealed class ChildrenStepValidator : AbstractValidator<ChildrenStep>
{
    public ChildrenStepValidator() => RuleFor(m => m.Children).Custom((value, context) =>
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            context.AddFailure("Enter the number of children, or 0");
        }
        else if (!int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var children)
                 || children > EstimateRequestReader.MaximumDependentChildren)
        {
            context.AddFailure($"Number of children must be a whole number from 0 to {EstimateRequestReader.MaximumDependentChildren}");
        }
    });
}

public sealed class BenefitsStepValidator : AbstractValidator<BenefitsStep>
{
    private static readonly string[] Choices = ["DisabilityPremium", "EnhancedDisabilityPremium", "CarerPremium", "None"];

    public BenefitsStepValidator()
    {
        RuleFor(m => m.Premiums).NotEmpty().WithMessage("Select which of these apply, or select none of these");
        RuleFor(m => m.Premiums).Must(p => p.All(Choices.Contains)).WithMessage("Select which of these apply, or select none of these");
        RuleFor(m => m.Premiums).Must(p => !(p.Contains("None") && p.Count > 1))
            .WithMessage("Select none of these, or select the ones that apply, not both");
    }
}

public sealed class IncomeStepValidator : AbstractValidator<IncomeStep>
{
    public IncomeStepValidator()
    {
        RuleFor(m => m.Type).Must(EnumInput.IsDefined<IncomeType>).WithMessage("Select the type of income");
        RuleFor(m => m.Amount).ValidMoney("the amount", EstimateRequestReader.MaximumAmount);
        RuleFor(m => m.Frequency).Must(EnumInput.IsDefined<Frequency>).WithMessage(m => $"Select how often {m.Voice.They} get it");
    }
}

public sealed class CapitalStepValidator : AbstractValidator<CapitalStep>
{
    public CapitalStepValidator()
    {
        RuleFor(m => m.Type).Must(EnumInput.IsDefined<CapitalType>).WithMessage("Select the type of savings or capital");
        RuleFor(m => m.Amount).ValidMoney("the amount", EstimateRequestReader.MaximumCapital);
        RuleFor(m => m.Joint).Must(v => v is "yes" or "no").WithMessage("Select yes if it is owned jointly");
        RuleFor(m => m.SecuredDebt).ValidMoney("the amount owed on it", EstimateRequestReader.MaximumCapital).When(m => m.SecuredDebt is not null);
    }
}

public sealed class DeprivationStepValidator : AbstractValidator<DeprivationStep>
{
    public const int MaximumReasonLength = 1000;

    public DeprivationStepValidator()
    {
        RuleFor(m => m.Deprived).Must(v => v is "yes" or "no").WithMessage("Select yes if you have decided they deprived themselves of capital");
        When(m => m.Deprived == "yes", () =>
        {
            RuleFor(m => m.NotionalCapital).ValidMoney("the notional capital", EstimateRequestReader.MaximumCapital);
            RuleFor(m => m.NotionalCapital).Must(v => v is not { } amount || amount > Money.Zero).WithMessage("Notional capital must be more than £0.00");
            RuleFor(m => m.Reason)
                .NotEmpty().WithMessage("Enter your reasons for deciding they deprived themselves of capital")
                .MaximumLength(MaximumReasonLength).WithMessage($"Your reasons must be {MaximumReasonLength:N0} characters or fewer");
        });
    }
}

public sealed class HousingStepValidator : AbstractValidator<HousingStep>
{
    public HousingStepValidator()
    {
        RuleFor(m => m.Type).Must(EnumInput.IsDefined<HousingCostType>).WithMessage("Select the type of housing cost");
        RuleFor(m => m.Amount).ValidMoney("the amount", EstimateRequestReader.MaximumAmount);
        RuleFor(m => m.Frequency).Must(EnumInput.IsDefined<Frequency>).WithMessage(m => $"Select how often {m.Voice.They} pay it");
    }
}

public sealed class DisabilityCostsStepValidator : AbstractValidator<DisabilityCostsStep>
{
    public DisabilityCostsStepValidator()
    {
        RuleFor(m => m.UseStandard).Must(v => v is "yes" or "no" or "items").WithMessage("Select how to count extra costs because of disability");
        RuleFor(m => m.Amount).ValidMoney("the amount a week", EstimateRequestReader.MaximumAmount).When(m => m.UseStandard == "no");
    }
}

public sealed class DisabilityCostItemStepValidator : AbstractValidator<DisabilityCostItemStep>
{
    public DisabilityCostItemStepValidator()
    {
        RuleFor(m => m.Type).Must(EnumInput.IsDefined<DisabilityRelatedExpenditureType>).WithMessage("Select the type of cost");
        RuleFor(m => m.Amount).ValidMoney("the amount", EstimateRequestReader.MaximumAmount);
        RuleFor(m => m.Frequency).Must(EnumInput.IsDefined<Frequency>).WithMessage(m => $"Select how often {m.Voice.They} pay it");
    }
}

public sealed class CostStepValidator : AbstractValidator<CostStep>
{
    public CostStepValidator() => RuleFor(m => m.WeeklyCost).ValidMoney("the weekly cost of care and support", EstimateRequestReader.MaximumAmount);
}

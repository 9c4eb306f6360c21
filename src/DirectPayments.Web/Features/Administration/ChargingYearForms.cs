using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DirectPayments.Application.Administration.ChargingYears;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Words;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.Administration;

public sealed class RateEditViewModel
{
    public string Year { get; set; } = string.Empty;

    public RateKey Key { get; set; }

    [Display(Name = "Amount")]
    public Money? Amount { get; set; }

    [Display(Name = "How sure are you of this figure?")]
    public string? Status { get; set; }

    [Display(Name = "Source")]
    public string? Source { get; set; }

    public long Version { get; set; }

    /// <summary>The year's rates as they are, for the rules that compare one rate with another (never bound from the post).</summary>
    [BindNever]
    public IReadOnlyDictionary<RateKey, Money> YearRates { get; set; } = new Dictionary<RateKey, Money>();

    public static RateEditViewModel For(FinancialYear year, RateEntry rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return new() { Year = year.ToString(), Key = rate.Key, Amount = rate.Amount, Status = rate.Status.ToString(), Source = rate.Source, Version = rate.Version };
    }

    public RateChange ToChange(FinancialYear year) => new(year, Key, Amount!.Value, Enum.Parse<RateStatus>(Status!), Source!, Version);
}

/// <summary>
/// The council's charging policy for a year. Amounts of money bind as <see cref="Money"/>; each one's display name is
/// the subject of the money binder's messages ("Minimum weekly charge must be £0 or more").
/// </summary>
public sealed class PolicyEditViewModel
{
    public string Year { get; set; } = string.Empty;

    [Display(Name = "Percentage of disposable income charged")]
    public string? ChargePercent { get; set; }

    [Display(Name = "Minimum weekly charge")]
    public Money? MinimumWeeklyCharge { get; set; }

    [Display(Name = "Rounding")]
    public string? Rounding { get; set; }

    [Display(Name = "Upper capital limit")]
    public string? UpperLimitRule { get; set; }

    [Display(Name = "Standard disability-related expenditure")]
    public Money? StandardDisabilityRelatedExpenditure { get; set; }

    [Display(Name = "Local addition to the Minimum Income Guarantee, as a percentage")]
    public string? MigUpliftPercent { get; set; }

    [Display(Name = "Local weekly addition")]
    public Money? MigUpliftAmount { get; set; }

    [Display(Name = "Share of housing costs allowed to each member of a couple")]
    public string? CoupleHousingShare { get; set; }

    [Display(Name = "Incomes that are disregarded")]
    public List<string> DisregardedIncomeTypes { get; set; } = [];

    [Display(Name = "Incomes of which the first part is disregarded")]
    public List<string> PartlyDisregardedIncomeTypes { get; set; } = [];

    [Display(Name = "Do you disregard the night-care element when no night care is arranged?")]
    public string? DisregardNightCareElement { get; set; }

    /// <summary>The council's standard weekly allowance for each item of disability-related expenditure, by item name; empty: no cap.</summary>
    public Dictionary<string, Money?> DreAllowances { get; set; } = [];

    [Display(Name = "Your lower capital limit for care at home")]
    public Money? LowerCapitalLimit { get; set; }

    [Display(Name = "Your upper capital limit for care at home")]
    public Money? UpperCapitalLimit { get; set; }

    [Display(Name = "One-off direct payments")]
    public string? OneOffContributionPolicy { get; set; }

    [Display(Name = "Do you charge carers for their own support?")]
    public string? ChargeCarers { get; set; }

    [Display(Name = "Weekly charge for a disabled child's services")]
    public Money? ChildrensServicesWeeklyCharge { get; set; }

    [Display(Name = "Weeks of funding a person may keep in their account")]
    public string? SurplusThresholdWeeks { get; set; }

    [Display(Name = "Measure the weeks against")]
    public string? SurplusThresholdBasis { get; set; }

    [Display(Name = "Case manager's approval limit")]
    [MoreThanZero]
    public Money? CaseManagerApprovalLimit { get; set; }

    [Display(Name = "Amount of a large payment")]
    public Money? LargeSpendAbove { get; set; }

    [Display(Name = "Amount needing a receipt")]
    public Money? ReceiptRequiredAbove { get; set; }

    public long Version { get; set; }

    public static PolicyEditViewModel For(ChargingYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        var invariant = CultureInfo.InvariantCulture;
        return new()
        {
            Year = year.Year.ToString(),
            ChargePercent = year.ChargePercent.ToString("0.##", invariant),
            MinimumWeeklyCharge = year.MinimumWeeklyCharge,
            Rounding = year.Rounding.ToString(),
            UpperLimitRule = year.UpperLimitRule.ToString(),
            StandardDisabilityRelatedExpenditure = year.StandardDisabilityRelatedExpenditure,
            MigUpliftPercent = year.MigUpliftPercent.ToString("0.##", invariant),
            MigUpliftAmount = year.MigUpliftAmount,
            CoupleHousingShare = year.CoupleHousingShare.ToString("0.####", invariant),
            DisregardedIncomeTypes = [.. year.Policy.DisregardedIncomeTypes.Except(IncomeDisregards.AlwaysDisregarded).Select(t => t.ToString())],
            PartlyDisregardedIncomeTypes = [.. year.Policy.PartlyDisregardedIncomeTypes.Select(t => t.ToString())],
            DisregardNightCareElement = year.DisregardNightCareElement ? "true" : "false",
            LowerCapitalLimit = year.LocalLowerCapitalLimit,
            DreAllowances = Enum.GetValues<DisabilityRelatedExpenditureType>().ToDictionary(
                t => t.ToString(), t => year.Policy.DisabilityRelatedExpenditureAllowances.TryGetValue(t, out var most) ? most : (Money?)null),
            UpperCapitalLimit = year.LocalUpperCapitalLimit,
            OneOffContributionPolicy = year.OneOffContributionPolicy.ToString(),
            ChargeCarers = year.ChargeCarers ? "true" : "false",
            ChildrensServicesWeeklyCharge = year.ChildrensServicesWeeklyCharge,
            SurplusThresholdWeeks = year.SurplusThresholdWeeks.ToString(invariant),
            SurplusThresholdBasis = year.SurplusThresholdBasis.ToString(),
            CaseManagerApprovalLimit = year.CaseManagerApprovalLimit > Money.Zero ? year.CaseManagerApprovalLimit : null,
            LargeSpendAbove = year.LargeSpendAbove,
            ReceiptRequiredAbove = year.ReceiptRequiredAbove,
            Version = year.Version,
        };
    }

    /// <summary>The policy as the administrator gave it (checked by <see cref="PolicyEditValidator"/> first).</summary>
    public ChargingPolicyChange ToChange(FinancialYear year) => new(
        year,
        new CouncilPolicy
        {
            ChargePercent = Percent(ChargePercent),
            MinimumWeeklyCharge = MinimumWeeklyCharge!.Value,
            Rounding = Enum.Parse<RoundingRule>(Rounding!),
            UpperLimitRule = Enum.Parse<UpperLimitRule>(UpperLimitRule!),
            StandardDisabilityRelatedExpenditure = StandardDisabilityRelatedExpenditure!.Value,
            MigUpliftPercent = Percent(MigUpliftPercent),
            MigUpliftAmount = MigUpliftAmount!.Value,
            CoupleHousingShare = decimal.Parse(CoupleHousingShare!.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
            // The law's own disregards are not the council's to choose: shown on the page, always kept.
            DisregardedIncomeTypes = DisregardedIncomeTypes.Select(Enum.Parse<IncomeType>).Union(IncomeDisregards.AlwaysDisregarded).ToHashSet(),
            PartlyDisregardedIncomeTypes = PartlyDisregardedIncomeTypes.Select(Enum.Parse<IncomeType>).ToHashSet(),
            DisregardNightCareElement = DisregardNightCareElement == "true",
            LowerCapitalLimit = LowerCapitalLimit,
            UpperCapitalLimit = UpperCapitalLimit,
            DisabilityRelatedExpenditureAllowances = DreAllowances
                .Where(a => a.Value is not null && Enum.TryParse<DisabilityRelatedExpenditureType>(a.Key, out _))
                .ToDictionary(a => Enum.Parse<DisabilityRelatedExpenditureType>(a.Key), a => a.Value!.Value),
            OneOffContributionPolicy = Enum.Parse<OneOffContributionPolicy>(OneOffContributionPolicy!),
            ChargeCarers = ChargeCarers == "true",
            ChildrensServicesWeeklyCharge = ChildrensServicesWeeklyCharge!.Value,
            SurplusThresholdWeeks = int.Parse(SurplusThresholdWeeks!.Trim(), CultureInfo.InvariantCulture),
            SurplusThresholdBasis = Enum.Parse<SurplusThresholdBasis>(SurplusThresholdBasis!),
        },
        CaseManagerApprovalLimit!.Value,
        LargeSpendAbove,
        ReceiptRequiredAbove,
        Version);

    private static decimal Percent(string? value) => MoneyInput.Parse(value!.Replace("%", string.Empty, StringComparison.Ordinal))!.Value;
}

public sealed class RateEditValidator : AbstractValidator<RateEditViewModel>
{
    public RateEditValidator()
    {
        RuleFor(m => m.Amount).ValidMoney("the amount", ChargingRates.LargestRate.Pounds);

        // The charging engine's own rules (a band of capital of more than nothing, the capital limits in order), so that
        // the form cannot save a figure that would stop every estimate and assessment for the year.
        RuleFor(m => m.Amount).Custom((amount, context) =>
        {
            if (amount is { } figure && figure <= ChargingRates.LargestRate
                && ChargingRates.ProblemWith(context.InstanceToValidate.Key, figure, context.InstanceToValidate.YearRates) is { } problem)
            {
                context.AddFailure(problem);
            }
        });
        RuleFor(m => m.Status)
            .Must(EnumInput.IsDefined<RateStatus>)
            .WithMessage("Select how sure you are of this figure");
        RuleFor(m => m.Source)
            .NotEmpty().WithMessage("Enter where this figure comes from, for example the DHSC circular")
            .MaximumLength(2000).WithMessage("Source must be 2,000 characters or fewer");
    }
}

public sealed class PolicyEditValidator : AbstractValidator<PolicyEditViewModel>
{
    public static string AllowanceMessage(DisabilityRelatedExpenditureType item) =>
        $"The standard allowance for {ChargingWords.Dre(item).ToLowerInvariant()} must be from £0.00 to £1,000.00 a week, or left empty";

    /// <summary>
    /// A box of the allowances that did not read as an amount ("lots", "-5") is told so once, naming the allowance,
    /// against its own box: the binder, which knows the boxes only as a dictionary's values, would say "Value must be
    /// a number" under two keys. What was typed is kept.
    /// </summary>
    public static void NameAllowancesNotRead(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        // The binder reports a box as "DreAllowances[Laundry]" and again as "DreAllowances.Laundry".
        const string prefix = nameof(PolicyEditViewModel.DreAllowances);
        foreach (var key in modelState.Keys.Where(k => k.Length > prefix.Length + 1 && k.StartsWith(prefix, StringComparison.Ordinal) && k[prefix.Length] is '[' or '.').ToList())
        {
            if (modelState[key] is not { Errors.Count: > 0 } entry)
            {
                continue;
            }

            var item = new string([.. key[(prefix.Length + 1)..].TakeWhile(char.IsAsciiLetterOrDigit)]);
            var box = $"DreAllowances[{item}]";
            var (raw, typed) = (entry.RawValue, entry.AttemptedValue);
            modelState.Remove(key);
            if (EnumInput.IsDefined<DisabilityRelatedExpenditureType>(item) && !modelState.ContainsKey(box))
            {
                modelState.SetModelValue(box, raw, typed);
                modelState.AddModelError(box, AllowanceMessage(Enum.Parse<DisabilityRelatedExpenditureType>(item)));
            }
        }
    }

    public PolicyEditValidator()
    {
        RuleFor(m => m.ChargePercent).Custom((v, c) => Percent(v, "the percentage of disposable income charged", c));
        RuleFor(m => m.MinimumWeeklyCharge).ValidMoney("the minimum weekly charge", 10_000m);
        RuleFor(m => m.ChildrensServicesWeeklyCharge).ValidMoney("the weekly charge for a disabled child's services", 10_000m);
        RuleFor(m => m.Rounding).Must(Defined<RoundingRule>).WithMessage("Select how amounts are rounded");
        RuleFor(m => m.UpperLimitRule).Must(Defined<UpperLimitRule>).WithMessage("Select when a person pays the full cost");
        RuleFor(m => m.StandardDisabilityRelatedExpenditure).ValidMoney("the standard disability-related expenditure", 10_000m);
        RuleFor(m => m.MigUpliftPercent).Custom((v, c) => Percent(v, "the local percentage addition", c));
        RuleFor(m => m.MigUpliftAmount).ValidMoney("the local weekly addition", 10_000m);
        RuleFor(m => m.CoupleHousingShare).Custom((v, c) =>
        {
            if (string.IsNullOrWhiteSpace(v))
            {
                c.AddFailure("Enter the share of housing costs, like 0.5");
            }
            else if (!decimal.TryParse(v.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var share) || share > 1m)
            {
                c.AddFailure("Share of housing costs must be a number from 0 to 1, like 0.5");
            }
        });
        RuleForEach(m => m.DisregardedIncomeTypes).Must(Defined<IncomeType>).WithMessage("Select incomes from the list");
        RuleForEach(m => m.PartlyDisregardedIncomeTypes)
            .Must(v => Defined<IncomeType>(v) && IncomeDisregards.PartlyDisregardable.Contains(Enum.Parse<IncomeType>(v!)))
            .WithMessage("Select incomes of which the first part is disregarded from the list");
        RuleFor(m => m.PartlyDisregardedIncomeTypes).Custom((partly, c) =>
        {
            var both = partly.Intersect(c.InstanceToValidate.DisregardedIncomeTypes, StringComparer.Ordinal)
                .Where(Defined<IncomeType>)
                .Select(t => ChargingWords.Income(Enum.Parse<IncomeType>(t)))
                .ToList();
            if (both.Count > 0)
            {
                c.AddFailure($"{string.Join(" and ", both)} cannot be disregarded both wholly and in part: choose one");
            }
        });
        RuleFor(m => m.DisregardNightCareElement).Must(v => v is "true" or "false")
            .WithMessage("Select yes if you disregard the night-care element when no night care is arranged");
        RuleFor(m => m.OneOffContributionPolicy).Must(Defined<OneOffContributionPolicy>).WithMessage("Select how one-off direct payments are charged");
        RuleFor(m => m.ChargeCarers).Must(v => v is "true" or "false").WithMessage("Select yes if you charge carers for their own support");
        RuleFor(m => m.SurplusThresholdWeeks).Custom((v, c) =>
        {
            if (string.IsNullOrWhiteSpace(v))
            {
                c.AddFailure("Enter the number of weeks");
            }
            else if (!int.TryParse(v.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var weeks) || weeks > 52)
            {
                c.AddFailure("Number of weeks must be a whole number from 0 to 52");
            }
        });
        RuleFor(m => m.SurplusThresholdBasis).Must(Defined<SurplusThresholdBasis>).WithMessage("Select what the weeks are measured against");
        RuleFor(m => m.CaseManagerApprovalLimit).ValidMoney("the case manager's approval limit", 10_000_000m);
        RuleFor(m => m.CaseManagerApprovalLimit)
            .Must(v => v is not { } limit || limit > Money.Zero)
            .WithMessage("Case manager's approval limit must be more than £0.00");

        RuleFor(m => m.DreAllowances).Custom((allowances, c) =>
        {
            foreach (var (key, value) in allowances)
            {
                if (!EnumInput.IsDefined<DisabilityRelatedExpenditureType>(key))
                {
                    c.AddFailure("Enter allowances only for the items listed");
                }
                else if (value < Money.Zero || value > Money.FromPounds(1_000m))
                {
                    c.AddFailure($"DreAllowances[{key}]", AllowanceMessage(Enum.Parse<DisabilityRelatedExpenditureType>(key)));
                }
            }
        });

        // Empty means the national limit.
        RuleFor(m => m.LowerCapitalLimit).ValidMoney("your lower capital limit", 1_000_000m).When(m => m.LowerCapitalLimit is not null);
        RuleFor(m => m.UpperCapitalLimit).ValidMoney("your upper capital limit", 1_000_000m).When(m => m.UpperCapitalLimit is not null);

        // Empty means the council makes no such check.
        RuleFor(m => m.LargeSpendAbove).ValidMoney("the amount of a large payment", 1_000_000m).When(m => m.LargeSpendAbove is not null);
        RuleFor(m => m.ReceiptRequiredAbove).ValidMoney("the amount needing a receipt", 1_000_000m).When(m => m.ReceiptRequiredAbove is not null);
    }

    private static bool Defined<TEnum>(string? value)
        where TEnum : struct, Enum => EnumInput.IsDefined<TEnum>(value);

    private static void Percent(string? value, string name, ValidationContext<PolicyEditViewModel> context)
    {
        var problem = MoneyInput.TryParse(value?.Replace("%", string.Empty, StringComparison.Ordinal), out var percent);
        if (problem == MoneyInput.Problem.Empty)
        {
            context.AddFailure($"Enter {name}");
        }
        else if (problem != MoneyInput.Problem.None || percent > 100m)
        {
            context.AddFailure($"{char.ToUpperInvariant(name[4])}{name[5..]} must be a number from 0 to 100");
        }
    }
}

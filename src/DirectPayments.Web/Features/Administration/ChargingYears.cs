using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Words;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.Administration;

public sealed class RateEditViewModel
{
    public string Year { get; set; } = string.Empty;

    public RateKey Key { get; set; }

    [Display(Name = "Amount")]
    public string? Amount { get; set; }

    [Display(Name = "How sure are you of this figure?")]
    public string? Status { get; set; }

    [Display(Name = "Source")]
    public string? Source { get; set; }

    public long Version { get; set; }
}

public sealed class PolicyEditViewModel
{
    public string Year { get; set; } = string.Empty;

    [Display(Name = "Percentage of disposable income charged")]
    public string? ChargePercent { get; set; }

    [Display(Name = "Minimum weekly charge")]
    public string? MinimumWeeklyCharge { get; set; }

    [Display(Name = "Rounding")]
    public string? Rounding { get; set; }

    [Display(Name = "Upper capital limit")]
    public string? UpperLimitRule { get; set; }

    [Display(Name = "Standard disability-related expenditure")]
    public string? StandardDisabilityRelatedExpenditure { get; set; }

    [Display(Name = "Local addition to the Minimum Income Guarantee, as a percentage")]
    public string? MigUpliftPercent { get; set; }

    [Display(Name = "Local addition to the Minimum Income Guarantee, per week")]
    public string? MigUpliftAmount { get; set; }

    [Display(Name = "Share of housing costs allowed to each member of a couple")]
    public string? CoupleHousingShare { get; set; }

    [Display(Name = "Incomes that are disregarded")]
    public List<string> DisregardedIncomeTypes { get; set; } = [];

    [Display(Name = "One-off direct payments")]
    public string? OneOffContributionPolicy { get; set; }

    [Display(Name = "Do you charge carers for their own support?")]
    public string? ChargeCarers { get; set; }

    [Display(Name = "Weeks of funding a person may keep in their account")]
    public string? SurplusThresholdWeeks { get; set; }

    [Display(Name = "Measure the weeks against")]
    public string? SurplusThresholdBasis { get; set; }

    [Display(Name = "Case manager's approval limit, a year")]
    public string? CaseManagerApprovalLimit { get; set; }

    [Display(Name = "Reviewers check any single payment over")]
    public string? LargeSpendAbove { get; set; }

    [Display(Name = "A receipt is needed for any payment over")]
    public string? ReceiptRequiredAbove { get; set; }

    public long Version { get; set; }
}

public sealed class RateEditValidator : AbstractValidator<RateEditViewModel>
{
    public RateEditValidator()
    {
        RuleFor(m => m.Amount).ValidMoney("the amount");
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
    public PolicyEditValidator()
    {
        RuleFor(m => m.ChargePercent).Custom((v, c) => Percent(v, "the percentage of disposable income charged", c));
        RuleFor(m => m.MinimumWeeklyCharge).ValidMoney("the minimum weekly charge", 10_000m);
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
            .Must(v => MoneyInput.Parse(v) is not { } pounds || pounds > 0m)
            .WithMessage("Case manager's approval limit must be more than £0.00");

        // Empty means the council makes no such check.
        RuleFor(m => m.LargeSpendAbove).ValidMoney("the amount of a large payment", 1_000_000m).When(m => !string.IsNullOrWhiteSpace(m.LargeSpendAbove));
        RuleFor(m => m.ReceiptRequiredAbove).ValidMoney("the amount needing a receipt", 1_000_000m).When(m => !string.IsNullOrWhiteSpace(m.ReceiptRequiredAbove));
    }

    private static bool Defined<TEnum>(string? value)
        where TEnum : struct, Enum => EnumInput.IsDefined<TEnum>(value);

    private static void Percent(string? value, string name, FluentValidation.ValidationContext<PolicyEditViewModel> context)
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

/// <summary>One change to a year's rates or policy, for the year's history.</summary>
public sealed record RateHistoryLine(DateTimeOffset At, string Who, string What, string Field, string? Old, string? New);

public sealed record ChargingYearDetail(ChargingYear Year, IReadOnlyList<RateHistoryLine> History);

public interface IChargingYearAdministration
{
    Task<IReadOnlyList<ChargingYear>> ListAsync(CancellationToken cancellationToken = default);

    Task<ChargingYearDetail?> FindAsync(FinancialYear year, CancellationToken cancellationToken = default);

    Task<SaveOutcome> SaveRateAsync(FinancialYear year, RateEditViewModel model, CancellationToken cancellationToken = default);

    Task<SaveOutcome> SavePolicyAsync(FinancialYear year, PolicyEditViewModel model, CancellationToken cancellationToken = default);

    /// <summary>Adds the year after the latest (or before the earliest), so that years never have gaps or overlaps.</summary>
    Task<(FinancialYear? Added, string? Problem)> AddYearAsync(bool next, CancellationToken cancellationToken = default);
}

public sealed class ChargingYearAdministration(DirectPaymentsDbContext db) : IChargingYearAdministration
{
    public const string ChangedByOthersMessage =
        "Someone else changed these figures while you were editing. Check their changes and make yours again.";

    public async Task<IReadOnlyList<ChargingYear>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<ChargingYear>().Include(y => y.Rates).OrderByDescending(y => y.StartYear).ToListAsync(cancellationToken);

    public async Task<ChargingYearDetail?> FindAsync(FinancialYear year, CancellationToken cancellationToken = default)
    {
        var stored = await Load(year, cancellationToken);
        if (stored is null)
        {
            return null;
        }

        var ids = stored.Rates.Select(r => r.Id.ToString()).Append(stored.Id.ToString()).ToList();
        var entries = await db.AuditEntries
            .Where(a => (a.EntityType == nameof(ChargingYear) || a.EntityType == nameof(RateEntry)) && ids.Contains(a.EntityId))
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Take(300)
            .ToListAsync(cancellationToken);
        var keys = stored.Rates.ToDictionary(r => r.Id.ToString(), r => RateNames.Of(r.Key));
        var history = new List<RateHistoryLine>();
        foreach (var entry in entries)
        {
            var what = keys.TryGetValue(entry.EntityId, out var rate) ? rate : "Policy";
            using var changes = JsonDocument.Parse(entry.Changes);
            foreach (var field in changes.RootElement.EnumerateObject().Where(f => f.Name is not ("Id" or "ChargingYearId" or "Key" or "StartYear")))
            {
                history.Add(new RateHistoryLine(entry.OccurredAt, entry.UserName, $"{entry.Action}: {what}", field.Name,
                    Text(field.Value, "old"), Text(field.Value, "new")));
            }
        }

        return new ChargingYearDetail(stored, history);
    }

    public async Task<SaveOutcome> SaveRateAsync(FinancialYear year, RateEditViewModel model, CancellationToken cancellationToken = default)
    {
        var stored = await Load(year, cancellationToken);
        var rate = stored?.RateFor(model.Key);
        if (stored is null || rate is null)
        {
            return SaveOutcome.NotFound;
        }

        // The version the person read decides: a save from an older version is refused.
        db.Entry(rate).Property(r => r.Version).OriginalValue = model.Version;
        stored.SetRate(model.Key, Money.FromPounds(MoneyInput.Parse(model.Amount)!.Value), Enum.Parse<RateStatus>(model.Status!), model.Source!);
        return await Save(cancellationToken);
    }

    public async Task<SaveOutcome> SavePolicyAsync(FinancialYear year, PolicyEditViewModel model, CancellationToken cancellationToken = default)
    {
        var stored = await Load(year, cancellationToken);
        if (stored is null)
        {
            return SaveOutcome.NotFound;
        }

        db.Entry(stored).Property(y => y.Version).OriginalValue = model.Version;
        stored.SetPolicy(new CouncilPolicy
        {
            ChargePercent = MoneyInput.Parse(model.ChargePercent!.Replace("%", string.Empty, StringComparison.Ordinal))!.Value,
            MinimumWeeklyCharge = Money.FromPounds(MoneyInput.Parse(model.MinimumWeeklyCharge)!.Value),
            Rounding = Enum.Parse<RoundingRule>(model.Rounding!),
            UpperLimitRule = Enum.Parse<UpperLimitRule>(model.UpperLimitRule!),
            StandardDisabilityRelatedExpenditure = Money.FromPounds(MoneyInput.Parse(model.StandardDisabilityRelatedExpenditure)!.Value),
            MigUpliftPercent = MoneyInput.Parse(model.MigUpliftPercent!.Replace("%", string.Empty, StringComparison.Ordinal))!.Value,
            MigUpliftAmount = Money.FromPounds(MoneyInput.Parse(model.MigUpliftAmount)!.Value),
            CoupleHousingShare = decimal.Parse(model.CoupleHousingShare!.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
            DisregardedIncomeTypes = model.DisregardedIncomeTypes.Select(Enum.Parse<IncomeType>).ToHashSet(),
            DisregardedCapitalTypes = stored.Policy.DisregardedCapitalTypes,
            OneOffContributionPolicy = Enum.Parse<OneOffContributionPolicy>(model.OneOffContributionPolicy!),
            ChargeCarers = model.ChargeCarers == "true",
            SurplusThresholdWeeks = int.Parse(model.SurplusThresholdWeeks!.Trim(), CultureInfo.InvariantCulture),
            SurplusThresholdBasis = Enum.Parse<SurplusThresholdBasis>(model.SurplusThresholdBasis!),
        });
        stored.SetApprovalLimit(Money.FromPounds(MoneyInput.Parse(model.CaseManagerApprovalLimit)!.Value));
        stored.SetSpendChecks(
            MoneyInput.Parse(model.LargeSpendAbove) is { } large ? Money.FromPounds(large) : null,
            MoneyInput.Parse(model.ReceiptRequiredAbove) is { } receipt ? Money.FromPounds(receipt) : null);
        return await Save(cancellationToken);
    }

    public async Task<(FinancialYear? Added, string? Problem)> AddYearAsync(bool next, CancellationToken cancellationToken = default)
    {
        var years = await db.Set<ChargingYear>().Include(y => y.Rates).OrderBy(y => y.StartYear).ToListAsync(cancellationToken);
        if (years.Count == 0)
        {
            return (null, "There are no years to copy from.");
        }

        var from = next ? years[^1] : years[0];
        var year = next ? from.Year.Next : from.Year.Previous;
        db.Add(from.CopyTo(year));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two administrators adding the same year at once: the unique index lets only one in.
            return (null, $"The rates for {year} have already been added.");
        }

        return (year, null);
    }

    private async Task<SaveOutcome> Save(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return SaveOutcome.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveOutcome.ChangedBySomeoneElse;
        }
    }

    private Task<ChargingYear?> Load(FinancialYear year, CancellationToken cancellationToken) =>
        db.Set<ChargingYear>().Include(y => y.Rates).SingleOrDefaultAsync(y => y.StartYear == year.StartYear, cancellationToken);

    private static string? Text(JsonElement change, string name) =>
        change.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

public static class RateNames
{
    public static string Of(RateKey key) => key switch
    {
        RateKey.LowerCapitalLimit => "Lower capital limit",
        RateKey.UpperCapitalLimit => "Upper capital limit",
        RateKey.TariffStep => "Tariff income: each band of capital",
        RateKey.TariffPerStep => "Tariff income: a week for each band or part",
        RateKey.MigSingle18To24 => "MIG: single, 18 to 24",
        RateKey.MigSingle25ToPensionCreditAge => "MIG: single, 25 to pension credit age",
        RateKey.MigSinglePensionCreditAge => "MIG: single, pension credit age",
        RateKey.MigLoneParent18Plus => "MIG: lone parent, 18 or over",
        RateKey.MigCouple18PlusEach => "MIG: each member of a couple, 18 or over",
        RateKey.MigCouplePensionCreditAgeEach => "MIG: each member of a couple, pension credit age",
        RateKey.DisabilityPremiumSingle => "Disability premium, single",
        RateKey.EnhancedDisabilityPremiumSingle => "Enhanced disability premium, single",
        RateKey.DisabilityPremiumCouple => "Disability premium, each member of a couple",
        RateKey.EnhancedDisabilityPremiumCouple => "Enhanced disability premium, each member of a couple",
        RateKey.CarerPremium => "Carer premium",
        RateKey.PerDependentChild => "Each dependent child",
        _ => key.ToString(),
    };

    public static string Of(IncomeType type) => ChargingWords.Income(type);

    public static string Colour(RateStatus status) => status switch
    {
        RateStatus.Confirmed => "green",
        RateStatus.Derived => "yellow",
        _ => "red",
    };

    public static bool IsCapitalLimit(RateKey key) => key is RateKey.LowerCapitalLimit or RateKey.UpperCapitalLimit or RateKey.TariffStep;

    public static string Amount(RateEntry rate) => IsCapitalLimit(rate.Key) ? rate.Amount.ToString() : $"{rate.Amount} a week";
}

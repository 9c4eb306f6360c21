using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>
/// The outcome of a financial assessment, with every intermediate figure and the working in plain words.
/// For a full-cost payer the income-side figures are null because the income assessment is not needed.
/// </summary>
public sealed record FinancialAssessmentResult
{
    public required FinancialYear FinancialYear { get; init; }

    /// <summary>Capital taken into account after shares and disregards.</summary>
    public required Money AssessableCapital { get; init; }

    public Money? TariffIncome { get; init; }

    /// <summary>Weekly income taken into account, before tariff income.</summary>
    public Money? ChargeableIncome { get; init; }

    /// <summary>The weekly income given that is not counted: all of it, converted to weekly, less the chargeable income.</summary>
    public Money? DisregardedIncome { get; init; }

    /// <summary>Capital left out entirely by a disregard (the person's share of the main home and the like).</summary>
    public Money CapitalDisregarded { get; init; }

    /// <summary>Chargeable income plus tariff income.</summary>
    public Money? AssessableIncome { get; init; }

    public Money? MinimumIncomeGuarantee { get; init; }

    public MigBreakdown? MinimumIncomeGuaranteeBreakdown { get; init; }

    /// <summary>Weekly housing costs allowed, net of Housing Benefit and Council Tax Reduction.</summary>
    public Money? HousingCosts { get; init; }

    public Money? DisabilityRelatedExpenditure { get; init; }

    /// <summary>MIG + housing costs + disability-related expenditure.</summary>
    public Money? TotalAllowances { get; init; }

    public Money? DisposableIncome { get; init; }

    /// <summary>Disposable income × the council's charge percentage, before the cost cap and the minimum charge.</summary>
    public Money? AssessedCharge { get; init; }

    /// <summary>True when a contribution below the council's minimum weekly charge was waived.</summary>
    public bool MinimumChargeWaived { get; init; }

    public required bool FullCostPayer { get; init; }

    public required FullCostReason FullCostReason { get; init; }

    /// <summary>The weekly personal budget.</summary>
    public required Money WeeklyCostOfCare { get; init; }

    public required Money WeeklyContribution { get; init; }

    public required Money NetWeeklyDirectPayment { get; init; }

    public required PaymentPeriodFigures FourWeekly { get; init; }

    /// <summary>52-week figures.</summary>
    public required PaymentPeriodFigures Annual { get; init; }

    public IReadOnlyList<CapitalLine> CapitalLines { get; init; } = [];

    public IReadOnlyList<IncomeLine> IncomeLines { get; init; } = [];

    public IReadOnlyList<HousingCostLine> HousingCostLines { get; init; } = [];

    public required IReadOnlyList<string> Working { get; init; }
}

/// <summary>
/// One capital asset as counted: its value less the costs of selling it (10% where selling would cost money) and any debt
/// secured on it, never below nil, then the person's share after rounding; or disregarded.
/// </summary>
public sealed record CapitalLine(
    CapitalType Type, Money Amount, decimal Share, Money CountedAmount, bool Disregarded, Money SaleCosts = default, Money SecuredDebt = default);

/// <summary>
/// One income converted to weekly (the person's share, rounded). <paramref name="Disregarded"/>: wholly disregarded;
/// otherwise <paramref name="PartDisregarded"/> of it may be (a partial disregard or the night-care element), saying why.
/// </summary>
public sealed record IncomeLine(IncomeType Type, Money WeeklyAmount, bool Disregarded, Money PartDisregarded = default, string? PartDisregardedBecause = null)
{
    /// <summary>The part of this income not counted.</summary>
    public Money DisregardedAmount => Disregarded ? WeeklyAmount : PartDisregarded;

    /// <summary>The part of this income counted as chargeable.</summary>
    public Money CountedAmount => WeeklyAmount - DisregardedAmount;
}

/// <summary>One housing cost converted to weekly (the person's share, rounded), before Housing Benefit or Council Tax Reduction.</summary>
public sealed record HousingCostLine(HousingCostType Type, Money WeeklyAmount, decimal Share);

/// <summary>One part of the MIG, e.g. "disability premium £49.65".</summary>
public sealed record MigComponent(string Description, Money Amount, RateKey? Rate);

/// <summary>The MIG under reg 7 plus any local uplift.</summary>
public sealed record MigBreakdown(IReadOnlyList<MigComponent> Components, Money Statutory, Money LocalUplift, Money Total);

/// <summary>Figures over a period of whole weeks: weekly figures × the number of weeks.</summary>
public sealed record PaymentPeriodFigures(int Weeks, Money PersonalBudget, Money Contribution, Money NetDirectPayment)
{
    public static PaymentPeriodFigures FromWeekly(int weeks, Money personalBudget, Money contribution, Money netDirectPayment) =>
        new(weeks, personalBudget.Times(weeks), contribution.Times(weeks), netDirectPayment.Times(weeks));
}

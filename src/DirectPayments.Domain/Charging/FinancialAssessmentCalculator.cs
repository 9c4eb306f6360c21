using System.Collections.Frozen;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>
/// The financial assessment for care and support outside a care home (Care Act 2014 ss14 and 17; Care and Support
/// (Charging and Assessment of Resources) Regulations 2014). Pure: everything it needs is passed in.
/// </summary>
public static class FinancialAssessmentCalculator
{
    /// <summary>Benefits whose inclusion in income brings in disability-related expenditure (Sch 1 para 4).</summary>
    private static readonly FrozenSet<IncomeType> DisabilityBenefits = new[]
    {
        IncomeType.AttendanceAllowance, IncomeType.ConstantAttendanceAllowance, IncomeType.DlaCare, IncomeType.PipDailyLiving,
    }.ToFrozenSet();

    /// <summary>
    /// Help with housing costs, taken off those costs (see <see cref="HousingCosts"/>), so never also counted as income,
    /// whatever a council's list of disregards says.
    /// </summary>
    private static readonly FrozenSet<IncomeType> HousingHelp =
        new[] { IncomeType.HousingBenefit, IncomeType.UniversalCreditHousingElement, IncomeType.CouncilTaxReduction }.ToFrozenSet();

    /// <summary>Capital the regulations always disregard (Sch 2), whatever a council's list says.</summary>
    private static readonly FrozenSet<CapitalType> AlwaysDisregardedCapital = new[]
    {
        CapitalType.PersonalPossessions, CapitalType.LifeInsuranceSurrenderValue, CapitalType.PersonalInjuryTrust,
    }.ToFrozenSet();

    /// <summary>
    /// Capital that costs money to sell, so is valued at 10% less (reg 23(1)(a)): land and buildings (agents' and
    /// solicitors' fees). Investments are given at what they would pay out (their surrender value), so nothing comes off.
    /// </summary>
    private static readonly FrozenSet<CapitalType> CostsToSell = new[] { CapitalType.Property }.ToFrozenSet();

    /// <summary>Housing costs that Housing Benefit pays towards.</summary>
    private static readonly FrozenSet<HousingCostType> RentTypes =
        new[] { HousingCostType.Rent, HousingCostType.ServiceCharge, HousingCostType.GroundRent }.ToFrozenSet();

    public static FinancialAssessmentResult Assess(FinancialAssessmentInput input, ChargingRates rates, CouncilPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(policy);

        if (input.Couple && input.LoneParent)
        {
            throw new DomainException("A person cannot be both a member of a couple and a lone parent.");
        }

        var cost = input.WeeklyCostOfCare;
        var working = new List<string>
        {
            $"Financial year {rates.Year}. Weekly cost of care (personal budget) {cost}.",
        };

        // 1. No financial information: treated as able to pay the full cost.
        if (input.DeclinedToDisclose)
        {
            working.Add("The person declined to give details of their finances, so they are treated as able to pay "
                + "the full cost (light-touch assessment, reg 10). They can ask for a full assessment at any time.");
            return FullCost(rates, [], Money.Zero, [], Money.Zero, FullCostReason.DeclinedToDisclose, cost, working);
        }

        working.Add($"Rounding: {ChargingText.Describe(policy.Rounding)}.");
        var incomeDirection = MoneyRounding.ForIncome(policy.Rounding);
        var usedRates = new List<RateKey> { RateKey.LowerCapitalLimit, RateKey.UpperCapitalLimit };

        // 2. Capital: the person's share of each asset, less disregarded assets.
        var capitalLines = CapitalLines(input, policy, incomeDirection);
        var capital = Money.Sum(capitalLines.Select(line => line.CountedAmount));

        // What a disregard left out entirely: the person's share of each such asset.
        var capitalDisregarded = Money.Sum(capitalLines.Where(line => line.Disregarded)
            .Select(line => MoneyRounding.Round(line.Amount.Pounds * line.Share, incomeDirection)));
        working.Add(CapitalWorking(capitalLines, capital, incomeDirection));
        if (input.NotionalCapital > Money.Zero)
        {
            // Deprivation of assets (Annex E): treated as still owned, after every disregard.
            var withNotional = capital + input.NotionalCapital;
            working.Add($"Notional capital {input.NotionalCapital} is added (the person is treated as still having capital they deprived "
                + $"themselves of{(string.IsNullOrWhiteSpace(input.NotionalCapitalReason) ? string.Empty : $": {input.NotionalCapitalReason.Trim()}")}): "
                + $"capital {capital} + {input.NotionalCapital} = {withNotional}.");
            capital = withNotional;
        }

        var (lowerLimit, upperLimit) = CapitalLimits(rates, policy);
        var fullCostOnCapital = policy.UpperLimitRule == UpperLimitRule.AtOrAbove ? capital >= upperLimit : capital > upperLimit;
        if (fullCostOnCapital)
        {
            var test = policy.UpperLimitRule == UpperLimitRule.AtOrAbove ? "is at or above" : "exceeds";
            working.Add($"Capital {capital} {test} the {LimitName(upperLimit, rates.UpperCapitalLimit, "upper")} of {upperLimit}, so the person pays the full cost "
                + "(full-cost payer); the income assessment is not needed.");
            return FullCost(rates, usedRates, capital, capitalLines, capitalDisregarded, FullCostReason.CapitalAboveUpperLimit, cost, working);
        }

        // 3. Tariff income on capital between the limits.
        var tariff = TariffIncome(capital, lowerLimit, upperLimit, rates, policy, working, usedRates);

        // 4. Income: each converted to weekly and rounded, then the disregarded ones set aside.
        var incomeLines = IncomeLines(input, rates, policy, incomeDirection, working, usedRates);
        var chargeable = Money.Sum(incomeLines.Select(line => line.CountedAmount));
        var disregardedIncome = Money.Sum(incomeLines.Select(line => line.DisregardedAmount));
        var assessable = chargeable + tariff;
        working.Add(IncomeWorking(incomeLines, tariff, assessable));

        // 5. Minimum Income Guarantee.
        var mig = MinimumIncomeGuaranteeCalculator.Calculate(input, rates, policy);
        working.AddRange(MigWorking(input, mig));
        usedRates.AddRange(mig.Components.Where(c => c.Rate is not null).Select(c => c.Rate!.Value));

        // 6. Housing costs, net of Housing Benefit and Council Tax Reduction.
        var (housingLines, housing) = HousingCosts(input, policy, incomeLines, working);

        // 7. Disability-related expenditure, allowances and disposable income.
        var dre = DisabilityRelatedExpenditure(input, policy, incomeLines, working);
        var allowances = mig.Total + housing + dre;
        working.Add($"Allowances = MIG {mig.Total} + housing costs {housing} + disability-related expenditure {dre} = {allowances}.");

        var disposable = Money.Max(Money.Zero, assessable - allowances);
        working.Add(assessable >= allowances
            ? $"Disposable income = assessable income {assessable} - allowances {allowances} = {disposable}."
            : $"Disposable income = £0.00: assessable income {assessable} is less than allowances of {allowances}, "
                + "and disposable income is never negative.");

        // 8. The charge: a share of disposable income, never more than the cost, waived below a local minimum.
        var chargeDirection = MoneyRounding.ForCharge(policy.Rounding);
        var exactCharge = disposable.Pounds * policy.ChargePercent / 100m;
        var assessedCharge = MoneyRounding.Round(exactCharge, chargeDirection);
        working.Add($"Charge = {ChargingText.Percent(policy.ChargePercent)} of disposable income {disposable} = {assessedCharge}"
            + (assessedCharge.Pounds == exactCharge ? "." : $" ({ChargingText.Describe(chargeDirection)})."));

        var contribution = Money.Min(assessedCharge, cost);
        working.Add(assessedCharge > cost
            ? $"That is more than the weekly cost of {cost}, so the contribution is capped at {cost} "
                + "(a charge may cover only the cost the council incurs, Care Act s14(4))."
            : $"Contribution = {contribution} (not more than the weekly cost of {cost}).");

        var minimumChargeWaived = false;
        if (contribution > Money.Zero && contribution < policy.MinimumWeeklyCharge)
        {
            working.Add($"{contribution} is less than the council's minimum weekly charge of {policy.MinimumWeeklyCharge}, "
                + "so no charge is made: contribution £0.00.");
            contribution = Money.Zero;
            minimumChargeWaived = true;
        }

        // 9. The net direct payment and the schedules.
        var net = Money.Max(Money.Zero, cost - contribution);
        working.Add(NetPaymentWorking(cost, contribution, net));
        var fourWeekly = PaymentPeriodFigures.FromWeekly(FrequencyConversion.WeeksInFourWeeklyPeriod, cost, contribution, net);
        var annual = PaymentPeriodFigures.FromWeekly(FrequencyConversion.WeeksInYear, cost, contribution, net);
        working.Add(PeriodWorking(fourWeekly));
        working.Add(PeriodWorking(annual));
        AddRateStatusNote(working, rates, usedRates);

        return new FinancialAssessmentResult
        {
            FinancialYear = rates.Year,
            AssessableCapital = capital,
            TariffIncome = tariff,
            ChargeableIncome = chargeable,
            AssessableIncome = assessable,
            DisregardedIncome = disregardedIncome,
            CapitalDisregarded = capitalDisregarded,
            MinimumIncomeGuarantee = mig.Total,
            MinimumIncomeGuaranteeBreakdown = mig,
            HousingCosts = housing,
            DisabilityRelatedExpenditure = dre,
            TotalAllowances = allowances,
            DisposableIncome = disposable,
            AssessedCharge = assessedCharge,
            MinimumChargeWaived = minimumChargeWaived,
            FullCostPayer = false,
            FullCostReason = FullCostReason.None,
            WeeklyCostOfCare = cost,
            WeeklyContribution = contribution,
            NetWeeklyDirectPayment = net,
            FourWeekly = fourWeekly,
            Annual = annual,
            CapitalLines = capitalLines,
            IncomeLines = incomeLines,
            HousingCostLines = housingLines,
            Working = working,
        };
    }

    private static FinancialAssessmentResult FullCost(
        ChargingRates rates,
        List<RateKey> usedRates,
        Money capital,
        IReadOnlyList<CapitalLine> capitalLines,
        Money capitalDisregarded,
        FullCostReason reason,
        Money cost,
        List<string> working)
    {
        working.Add($"Contribution = the full weekly cost {cost}; net direct payment = {cost} - {cost} = £0.00.");
        var fourWeekly = PaymentPeriodFigures.FromWeekly(FrequencyConversion.WeeksInFourWeeklyPeriod, cost, cost, Money.Zero);
        var annual = PaymentPeriodFigures.FromWeekly(FrequencyConversion.WeeksInYear, cost, cost, Money.Zero);
        working.Add(PeriodWorking(fourWeekly));
        working.Add(PeriodWorking(annual));
        AddRateStatusNote(working, rates, usedRates);
        return new FinancialAssessmentResult
        {
            FinancialYear = rates.Year,
            AssessableCapital = capital,
            CapitalDisregarded = capitalDisregarded,
            FullCostPayer = true,
            FullCostReason = reason,
            WeeklyCostOfCare = cost,
            WeeklyContribution = cost,
            NetWeeklyDirectPayment = Money.Zero,
            FourWeekly = fourWeekly,
            Annual = annual,
            CapitalLines = capitalLines,
            Working = working,
        };
    }

    private static List<CapitalLine> CapitalLines(FinancialAssessmentInput input, CouncilPolicy policy, RoundingDirection direction) =>
        input.Capital.Select(item =>
        {
            if (AlwaysDisregardedCapital.Contains(item.Type) || policy.DisregardedCapitalTypes.Contains(item.Type))
            {
                return new CapitalLine(item.Type, item.Amount, item.Share, Money.Zero, Disregarded: true);
            }

            // Market value less 10% where selling would cost money, less any debt secured on it, never below nil (reg 23);
            // the deductions rounded in the same direction as allowances, the person's share as income is.
            var saleCosts = CostsToSell.Contains(item.Type)
                ? MoneyRounding.Round(item.Amount.Pounds * 0.1m, MoneyRounding.ForAllowance(policy.Rounding))
                : Money.Zero;
            var net = Money.Max(Money.Zero, item.Amount - saleCosts - item.SecuredDebt);
            var counted = MoneyRounding.Round(net.Pounds * item.Share, direction);
            return new CapitalLine(item.Type, item.Amount, item.Share, counted, Disregarded: false, saleCosts, item.SecuredDebt);
        }).ToList();

    private static string CapitalWorking(List<CapitalLine> lines, Money capital, RoundingDirection direction)
    {
        string Name(CapitalLine line)
        {
            var value = line.Amount;
            var deductions = string.Empty;
            if (line.SaleCosts > Money.Zero || line.SecuredDebt > Money.Zero)
            {
                value = Money.Max(Money.Zero, line.Amount - line.SaleCosts - line.SecuredDebt);
                deductions = $"{line.Amount}"
                    + (line.SaleCosts > Money.Zero ? $" less 10% costs of selling {line.SaleCosts}" : string.Empty)
                    + (line.SecuredDebt > Money.Zero ? $" less debt secured on it {line.SecuredDebt}" : string.Empty)
                    + $" = {value}" + (line.Amount - line.SaleCosts - line.SecuredDebt < Money.Zero ? " (never below £0.00)" : string.Empty);
            }

            if (line.Share == 1m)
            {
                return deductions.Length == 0 ? ChargingText.Describe(line.Type) : $"{ChargingText.Describe(line.Type)} ({deductions})";
            }

            var rounded = line.CountedAmount.Pounds == value.Pounds * line.Share ? string.Empty : $", {ChargingText.Describe(direction)}";
            return deductions.Length == 0
                ? $"{ChargingText.Describe(line.Type)} ({ChargingText.Share(line.Share)} share of {line.Amount}{rounded})"
                : $"{ChargingText.Describe(line.Type)} ({deductions}; {ChargingText.Share(line.Share)} share{rounded})";
        }

        var counted = lines.Where(line => !line.Disregarded).Select(line => (Name: Name(line), Amount: line.CountedAmount)).ToList();
        var disregarded = lines.Where(line => line.Disregarded)
            .Select(line => $"{ChargingText.Describe(line.Type)} {line.Amount}")
            .ToList();

        var text = counted.Count == 0
            ? $"Capital taken into account = {capital}"
            : ChargingText.SumLine("Capital taken into account", counted, capital);
        if (lines.Count == 0)
        {
            text += " (none declared)";
        }

        if (disregarded.Count > 0)
        {
            text += $" ({ChargingText.JoinWithAnd(disregarded)} disregarded)";
        }

        return text + ".";
    }

    private static Money TariffIncome(
        Money capital, Money lowerLimit, Money upperLimit, ChargingRates rates, CouncilPolicy policy, List<string> working, List<RateKey> usedRates)
    {
        var lowerName = LimitName(lowerLimit, rates.LowerCapitalLimit, "lower");
        if (capital <= lowerLimit)
        {
            working.Add($"Capital {capital} is at or below the {lowerName} of {lowerLimit}, so no tariff income.");
            return Money.Zero;
        }

        usedRates.AddRange([RateKey.TariffStep, RateKey.TariffPerStep]);
        var belowUpper = policy.UpperLimitRule == UpperLimitRule.AtOrAbove ? "is below" : "does not exceed";
        var excess = capital - lowerLimit;

        // "£1 for every £250, or part of £250": a part band counts as a whole one.
        var steps = decimal.ToInt32(decimal.Ceiling(excess.Pounds / rates.TariffStep.Pounds));
        var tariff = rates.TariffPerStep.Times(steps);
        working.Add($"Capital {capital} {belowUpper} the {LimitName(upperLimit, rates.UpperCapitalLimit, "upper")} of {upperLimit} "
            + $"and is {excess} above the {lowerName} of {lowerLimit}. "
            + $"{excess} ÷ {rates.TariffStep} = {steps} band{(steps == 1 ? string.Empty : "s")} (a part band counts as a whole one) "
            + $"× {rates.TariffPerStep} = tariff income {tariff} a week.");
        return tariff;
    }

    private static (Money Lower, Money Upper) CapitalLimits(ChargingRates rates, CouncilPolicy policy)
    {
        var (lower, upper) = policy.CapitalLimits(rates.LowerCapitalLimit, rates.UpperCapitalLimit);
        if (lower > upper)
        {
            throw new DomainException($"The lower capital limit {lower} is above the upper capital limit {upper}.");
        }

        return (lower, upper);
    }

    private static string LimitName(Money limit, Money national, string which) =>
        limit == national ? $"{which} capital limit" : $"council's {which} capital limit";

    private static List<IncomeLine> IncomeLines(
        FinancialAssessmentInput input,
        ChargingRates rates,
        CouncilPolicy policy,
        RoundingDirection direction,
        List<string> working,
        List<RateKey> usedRates)
    {
        var lines = new List<IncomeLine>();

        // Incomes tied to the same rate share it: at most £10 in total across a war widow's pension and a survivor's GIP.
        var partialLeft = new Dictionary<RateKey, Money>();
        var nightCare = policy.DisregardNightCareElement && !input.NightCareArranged;
        foreach (var item in input.Incomes)
        {
            var weekly = ToWeekly(item.Amount, item.Frequency, item.Share, direction, out var conversion);
            if (conversion is not null)
            {
                working.Add($"{ChargingText.Sentence(ChargingText.Describe(item.Type))} {conversion}.");
            }

            if (HousingHelp.Contains(item.Type) || IncomeDisregards.AlwaysDisregarded.Contains(item.Type) || IncomeDisregards.IsIn(policy.DisregardedIncomeTypes, item.Type))
            {
                lines.Add(new IncomeLine(item.Type, weekly, Disregarded: true));
            }
            else if (policy.PartlyDisregardedIncomeTypes.Contains(item.Type))
            {
                var key = IncomeDisregards.PartialDisregardRate(item.Type, input.Couple);
                usedRates.Add(key);
                var left = partialLeft.TryGetValue(key, out var remaining) ? remaining : rates[key];
                var part = Money.Min(weekly, left);
                partialLeft[key] = left - part;
                lines.Add(new IncomeLine(item.Type, weekly, Disregarded: false, part, $"up to the {ChargingText.Describe(key)} of {rates[key]}"));
            }
            else if (nightCare && IncomeDisregards.NightCareElementRates(item.Type) is { } night && weekly >= rates[night.Higher])
            {
                // Only the day-and-night rate carries a night-care element: the difference between it and the day rate.
                usedRates.AddRange([night.Higher, night.Lower]);
                var element = Money.Max(Money.Zero, rates[night.Higher] - rates[night.Lower]);
                lines.Add(new IncomeLine(item.Type, weekly, Disregarded: false, element, "night-care element: no night care is arranged"));
            }
            else
            {
                lines.Add(new IncomeLine(item.Type, weekly, Disregarded: false));
            }
        }

        return lines;
    }

    private static string IncomeWorking(IReadOnlyList<IncomeLine> lines, Money tariff, Money assessable)
    {
        var terms = lines.Where(line => !line.Disregarded)
            .Select(line => (Name: ChargingText.Describe(line.Type), Amount: line.CountedAmount))
            .ToList();
        if (tariff > Money.Zero)
        {
            terms.Add(("tariff income", tariff));
        }

        var text = terms.Count == 0
            ? $"Assessable income = {assessable} (no income taken into account)"
            : ChargingText.SumLine("Assessable income", terms, assessable);

        var disregarded = lines.Where(line => line.Disregarded)
            .Select(line => $"{ChargingText.Describe(line.Type)} {line.WeeklyAmount}")
            .ToList();
        if (disregarded.Count > 0)
        {
            text += $" ({ChargingText.JoinWithAnd(disregarded)} disregarded)";
        }

        var parts = lines.Where(line => !line.Disregarded && line.PartDisregarded > Money.Zero)
            .Select(line => $"{line.PartDisregarded} of {ChargingText.Describe(line.Type)} {line.WeeklyAmount} is disregarded "
                + $"({line.PartDisregardedBecause}), so {line.CountedAmount} is counted")
            .ToList();
        if (parts.Count > 0)
        {
            text += $". {ChargingText.Sentence(ChargingText.JoinWithAnd(parts))}";
        }

        return text + ".";
    }

    private static IEnumerable<string> MigWorking(FinancialAssessmentInput input, MigBreakdown mig)
    {
        var statutory = mig.Components.Where(c => c.Rate is not null).Select(c => (c.Description, c.Amount)).ToList();
        var note = input.PensionCreditAgeReached && (input.DisabilityPremium || input.EnhancedDisabilityPremium)
            ? " (disability premiums are not added at pension credit age)"
            : string.Empty;

        if (mig.LocalUplift == Money.Zero)
        {
            yield return ChargingText.SumLine("MIG", statutory, mig.Total) + note + ".";
            yield break;
        }

        yield return ChargingText.SumLine("Statutory MIG", statutory, mig.Statutory) + note + ".";
        var uplifts = mig.Components.Where(c => c.Rate is null).Select(c => (c.Description, c.Amount));
        yield return ChargingText.SumLine("MIG with the council's uplift", [("statutory MIG", mig.Statutory), .. uplifts], mig.Total) + ".";
    }

    /// <summary>
    /// Housing costs net of the help the household gets with them, then the person's share (Annex C paras 41-42): rent
    /// and service charges less Housing Benefit or Universal Credit's housing element, Council Tax less Council Tax
    /// Reduction, each on the household's figures; then a member of a couple is allowed their share (half unless the
    /// council or the person says otherwise). Sharing a cost the benefit has already paid would allow too little.
    /// </summary>
    private static (List<HousingCostLine> Lines, Money NetTotal) HousingCosts(
        FinancialAssessmentInput input, CouncilPolicy policy, IReadOnlyList<IncomeLine> incomeLines, List<string> working)
    {
        var direction = MoneyRounding.ForAllowance(policy.Rounding);
        var costs = new List<(HousingCostType Type, decimal Exact, Money Household, decimal Share)>();
        foreach (var item in input.HousingCosts)
        {
            // A couple's housing costs are shared unless the share is given.
            var share = item.Share ?? (input.Couple ? policy.CoupleHousingShare : 1m);
            var household = ToWeekly(item.Amount, item.Frequency, 1m, direction, out var conversion);
            if (conversion is not null)
            {
                working.Add($"{ChargingText.Sentence(ChargingText.Describe(item.Type))} {conversion}.");
            }

            costs.Add((item.Type, FrequencyConversion.ToWeekly(item.Amount.Pounds, item.Frequency), household, share));
        }

        var lines = costs.Select(c => new HousingCostLine(c.Type, MoneyRounding.Round(c.Exact * c.Share, direction), c.Share)).ToList();
        var terms = new List<(string Name, Money Amount)>();
        void AddGroup(Func<HousingCostType, bool> inGroup, params IncomeType[] helpWith)
        {
            var group = costs.Where(c => inGroup(c.Type)).ToList();
            if (group.Count == 0)
            {
                return;
            }

            var name = ChargingText.JoinWithAnd(group.Select(c => ChargingText.Describe(c.Type)).Distinct().ToList());
            var help = incomeLines.Where(line => helpWith.Contains(line.Type) && line.WeeklyAmount > Money.Zero).ToList();
            if (help.Count == 0)
            {
                // Nothing to take off: each cost at the person's share, as its line shows.
                terms.Add((name, Money.Sum(group.Select(c => MoneyRounding.Round(c.Exact * c.Share, direction)))));
                return;
            }

            var gross = Money.Sum(group.Select(c => c.Household));
            var offset = Money.Sum(help.Select(line => line.WeeklyAmount));
            var helpName = ChargingText.JoinWithAnd(help.Select(line => ChargingText.Describe(line.Type)).Distinct().ToList());
            var net = Money.Max(Money.Zero, gross - offset);
            var text = $"{ChargingText.Sentence(name)} {gross} less {helpName} {offset} = {net}" + (gross < offset ? " (never below £0.00)" : string.Empty);

            // The share of what is left, weighted by each cost where their shares differ.
            var share = gross == Money.Zero ? group[0].Share : group.Sum(c => c.Household.Pounds * c.Share) / gross.Pounds;
            if (share == 1m)
            {
                terms.Add((name, net));
                working.Add(text + ".");
                return;
            }

            var yours = MoneyRounding.Round(net.Pounds * share, direction);
            terms.Add((name, yours));
            working.Add($"{text} for the household; the person's {ChargingText.Share(share)} share = {yours}"
                + (yours.Pounds == net.Pounds * share ? "." : $" ({ChargingText.Describe(direction)})."));
        }

        AddGroup(RentTypes.Contains, IncomeType.HousingBenefit, IncomeType.UniversalCreditHousingElement);
        AddGroup(type => type == HousingCostType.CouncilTax, IncomeType.CouncilTaxReduction);
        AddGroup(type => type == HousingCostType.Mortgage);

        var total = Money.Sum(terms.Select(term => term.Amount));
        working.Add(terms.Count == 0
            ? "Housing costs = £0.00 (none declared)."
            : ChargingText.SumLine("Housing costs", terms, total) + ".");
        return (lines, total);
    }

    private static Money DisabilityRelatedExpenditure(
        FinancialAssessmentInput input, CouncilPolicy policy, IReadOnlyList<IncomeLine> incomeLines, List<string> working)
    {
        if (input.DisabilityRelatedExpenditureItems.Count > 0)
        {
            if (input.DisabilityRelatedExpenditure is not null)
            {
                throw new DomainException("Give disability-related expenditure as one weekly amount or item by item, not both.");
            }

            return DisabilityRelatedExpenditureItemByItem(input, policy, working);
        }

        if (input.DisabilityRelatedExpenditure is { } assessed)
        {
            working.Add($"Disability-related expenditure {assessed} a week (as assessed).");
            return assessed;
        }

        // Whether a benefit is received, not its rounded weekly figure: a benefit that rounds down to £0.00 a week is
        // still received, and rounding in the adult's favour must not take their allowance away. One line per item, in order.
        var benefits = input.Incomes.Zip(incomeLines)
            .Where(pair => !pair.Second.Disregarded && pair.First.Amount > Money.Zero && pair.First.Share > 0m
                && DisabilityBenefits.Contains(pair.First.Type))
            .Select(pair => ChargingText.Describe(pair.First.Type))
            .Distinct()
            .ToList();
        if (benefits.Count == 0)
        {
            working.Add("Disability-related expenditure £0.00: no disability benefit is taken into account.");
            return Money.Zero;
        }

        var standard = policy.StandardDisabilityRelatedExpenditure;
        working.Add($"Disability-related expenditure {standard} a week: the council's standard allowance, because "
            + $"{ChargingText.JoinWithAnd(benefits)} is taken into account. The person can ask for their actual costs to be assessed.");
        return standard;
    }

    /// <summary>Each item converted to weekly (rounded as allowances are), then allowed up to the council's standard allowance for it.</summary>
    private static Money DisabilityRelatedExpenditureItemByItem(FinancialAssessmentInput input, CouncilPolicy policy, List<string> working)
    {
        var direction = MoneyRounding.ForAllowance(policy.Rounding);
        var terms = new List<(string Name, Money Amount)>();
        var capped = new List<string>();
        foreach (var item in input.DisabilityRelatedExpenditureItems)
        {
            var weekly = ToWeekly(item.Amount, item.Frequency, 1m, direction, out var conversion);
            if (conversion is not null)
            {
                working.Add($"{ChargingText.Sentence(ChargingText.Describe(item.Type))} {conversion}.");
            }

            var allowed = weekly;
            if (policy.DisabilityRelatedExpenditureAllowances.TryGetValue(item.Type, out var most) && weekly > most)
            {
                allowed = most;
                capped.Add($"{ChargingText.Describe(item.Type)} {weekly} claimed, the council allows up to {most} a week");
            }

            terms.Add((ChargingText.Describe(item.Type), allowed));
        }

        var total = Money.Sum(terms.Select(t => t.Amount));
        working.Add(ChargingText.SumLine("Disability-related expenditure, item by item", terms, total) + " a week"
            + (capped.Count == 0 ? "." : $" ({ChargingText.JoinWithAnd(capped)})."));
        return total;
    }

    /// <summary>The person's share of an amount as a weekly figure, rounded once; describes the conversion if there was one.</summary>
    private static Money ToWeekly(Money amount, Frequency frequency, decimal share, RoundingDirection direction, out string? conversion)
    {
        var exact = FrequencyConversion.ToWeekly(amount.Pounds * share, frequency);
        var weekly = MoneyRounding.Round(exact, direction);
        if (frequency == Frequency.Weekly && share == 1m)
        {
            conversion = null;
            return weekly;
        }

        var steps = frequency switch
        {
            Frequency.FourWeekly => " ÷ 4",
            Frequency.Monthly => " × 12 ÷ 52",
            Frequency.Annual => " ÷ 52",
            _ => string.Empty,
        };
        var shareText = share == 1m ? string.Empty : $" × {ChargingText.Share(share)} share";
        var rounding = weekly.Pounds == exact ? string.Empty : $" ({ChargingText.Describe(direction)})";
        conversion = $"{amount} {FrequencyConversion.Describe(frequency)}{shareText}{steps} = {weekly} a week{rounding}";
        return weekly;
    }

    private static string NetPaymentWorking(Money cost, Money contribution, Money net) =>
        contribution == Money.Zero
            ? $"Net direct payment = {cost} - £0.00 = {net} a week: the council funds the whole personal budget."
            : $"Net direct payment = {cost} - {contribution} = {net} a week. The person pays their {contribution} a week "
                + $"into the direct payment account, so the personal budget of {cost} is available to spend.";

    private static string PeriodWorking(PaymentPeriodFigures figures) =>
        $"Over {figures.Weeks} weeks: personal budget {figures.PersonalBudget}, contribution {figures.Contribution}, "
        + $"net direct payment {figures.NetDirectPayment}.";

    private static void AddRateStatusNote(List<string> working, ChargingRates rates, IEnumerable<RateKey> used)
    {
        var doubtful = used.Distinct()
            .Select(key => (Key: key, Status: rates.StatusOf(key)))
            .Where(rate => rate.Status is RateStatus.Derived or RateStatus.Unconfirmed)
            .Select(rate => $"{ChargingText.Describe(rate.Key)} {rates[rate.Key]} ({(rate.Status == RateStatus.Derived ? "worked out from other rates" : "not confirmed yet")})")
            .ToList();
        if (doubtful.Count > 0)
        {
            // Read by the person as well as by staff: in words, not the rates table's statuses or sources.
            working.Add($"This may change: some of the government's rates for {rates.Year} used here are not confirmed yet: "
                + $"{string.Join("; ", doubtful)}.");
        }
    }
}

using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Tests.Support;
using static DirectPayments.Domain.Tests.Support.TestMoney;

namespace DirectPayments.Domain.Tests.Charging;

/// <summary>
/// Cases beyond the published vectors, each worked out by hand in its comment with the 2025-26 rates:
/// single 18-24 £89.15, single 25+ £112.50, single PCA £232.60, lone parent £112.50, couple 18+ £88.35 each,
/// couple PCA £177.55 each, DP £49.65 / EDP £24.25 (couple £35.40 / £17.35), carer £53.25, child £102.95.
/// </summary>
public class HandWorkedAssessmentTests
{
    private static readonly ChargingRates Rates = WorkedExamples.Rates("2025-26");

    [Fact]
    public void Couple_of_working_age_gets_couple_rates_and_half_the_housing_costs()
    {
        // Capital: joint £20,000.00 × 50% = £10,000.00, at or below £14,250 -> tariff £0.00.
        // Income: ESA £150.00 + PIP daily living £110.40 + occupational pension £80.00 = £340.40.
        // MIG: couple 18+ £88.35 + DP couple £35.40 + EDP couple £17.35 = £141.10.
        // Housing (no share given, couple -> 50%): rent £200.00 -> £100.00, council tax £40.00 -> £20.00 = £120.00.
        // Allowances: £141.10 + £120.00 + DRE £15.00 = £276.10. Disposable £340.40 - £276.10 = £64.30.
        // Contribution £64.30 (cost £100.00); net DP £35.70.
        var result = Assess(new FinancialAssessmentInput
        {
            Age = 40,
            Couple = true,
            DisabilityPremium = true,
            EnhancedDisabilityPremium = true,
            Incomes =
            [
                Weekly(IncomeType.EmploymentAndSupportAllowance, 150.00m),
                Weekly(IncomeType.PipDailyLiving, 110.40m),
                Weekly(IncomeType.OccupationalPension, 80.00m),
            ],
            Capital = [new CapitalItem(CapitalType.Savings, M(20_000m), 0.5m)],
            HousingCosts =
            [
                new HousingCost(HousingCostType.Rent, M(200m), Frequency.Weekly),
                new HousingCost(HousingCostType.CouncilTax, M(40m), Frequency.Weekly),
            ],
            DisabilityRelatedExpenditure = M(15m),
            WeeklyCostOfCare = M(100m),
        });

        Assert.Equal(M(10_000m), result.AssessableCapital);
        Assert.Equal(M(0m), result.TariffIncome);
        Assert.Equal(M(340.40m), result.AssessableIncome);
        Assert.Equal(M(141.10m), result.MinimumIncomeGuarantee);
        Assert.Equal(M(120.00m), result.HousingCosts);
        Assert.Equal(M(276.10m), result.TotalAllowances);
        Assert.Equal(M(64.30m), result.DisposableIncome);
        Assert.Equal(M(64.30m), result.WeeklyContribution);
        Assert.Equal(M(35.70m), result.NetWeeklyDirectPayment);
    }

    [Fact]
    public void Lone_parent_with_two_children_gets_the_child_amounts_and_the_standard_dre()
    {
        // Income: Universal Credit £1,300.00 a month × 12 ÷ 52 = £300.00; PIP daily living £73.90 -> £373.90.
        // Child Benefit £45.20, earnings £100.00 and Housing Benefit £150.00 are disregarded.
        // MIG: lone parent £112.50 + 2 × £102.95 = £318.40.
        // Housing: rent £150.00 less Housing Benefit £150.00 = £0.00.
        // DRE: none assessed, PIP daily living taken into account -> council standard £10.85.
        // Allowances: £318.40 + £0.00 + £10.85 = £329.25. Disposable £373.90 - £329.25 = £44.65.
        // Contribution £44.65 (cost £80.00); net DP £35.35.
        var result = Assess(
            new FinancialAssessmentInput
            {
                Age = 30,
                LoneParent = true,
                DependentChildren = 2,
                Incomes =
                [
                    new IncomeItem(IncomeType.UniversalCredit, M(1300m), Frequency.Monthly),
                    Weekly(IncomeType.ChildBenefit, 45.20m),
                    Weekly(IncomeType.Earnings, 100m),
                    Weekly(IncomeType.PipDailyLiving, 73.90m),
                    Weekly(IncomeType.HousingBenefit, 150m),
                ],
                HousingCosts = [new HousingCost(HousingCostType.Rent, M(150m), Frequency.Weekly)],
                WeeklyCostOfCare = M(80m),
            },
            CouncilPolicy.Default with { StandardDisabilityRelatedExpenditure = M(10.85m) });

        Assert.Equal(M(373.90m), result.AssessableIncome);
        Assert.Equal(M(318.40m), result.MinimumIncomeGuarantee);
        Assert.Equal(M(0m), result.HousingCosts);
        Assert.Equal(M(10.85m), result.DisabilityRelatedExpenditure);
        Assert.Equal(M(329.25m), result.TotalAllowances);
        Assert.Equal(M(44.65m), result.WeeklyContribution);
        Assert.Equal(M(35.35m), result.NetWeeklyDirectPayment);
    }

    [Fact]
    public void Carer_premium_is_added_at_pension_age_but_disability_premiums_are_not()
    {
        // Capital £18,000.00: £3,750.00 above £14,250 = 15 bands of £250 -> tariff £15.00.
        // Income: State Pension £230.25 + Carer's Allowance £83.30 + occupational £50.00 + tariff £15.00 = £378.55.
        // MIG: single PCA £232.60 + carer premium £53.25 = £285.85 (DP and EDP flags ignored at pension age).
        // Council tax £1,800.00 a year ÷ 52 = £34.615... -> rounded up (adult's favour) £34.62.
        // Allowances: £285.85 + £34.62 + DRE £0.00 = £320.47. Disposable £378.55 - £320.47 = £58.08.
        var result = Assess(new FinancialAssessmentInput
        {
            Age = 72,
            PensionCreditAgeReached = true,
            DisabilityPremium = true,
            EnhancedDisabilityPremium = true,
            CarerPremium = true,
            Incomes =
            [
                Weekly(IncomeType.StatePension, 230.25m),
                Weekly(IncomeType.CarersAllowance, 83.30m),
                Weekly(IncomeType.OccupationalPension, 50m),
            ],
            Capital = [new CapitalItem(CapitalType.Savings, M(18_000m))],
            HousingCosts = [new HousingCost(HousingCostType.CouncilTax, M(1800m), Frequency.Annual)],
            DisabilityRelatedExpenditure = M(0m),
            WeeklyCostOfCare = M(200m),
        });

        Assert.Equal(M(15m), result.TariffIncome);
        Assert.Equal(M(378.55m), result.AssessableIncome);
        Assert.Equal(M(285.85m), result.MinimumIncomeGuarantee);
        Assert.Equal(M(34.62m), result.HousingCosts);
        Assert.Equal(M(320.47m), result.TotalAllowances);
        Assert.Equal(M(58.08m), result.WeeklyContribution);
        Assert.Equal(M(141.92m), result.NetWeeklyDirectPayment);
        Assert.Contains(result.Working, line => line.Contains("not added at pension credit age", StringComparison.Ordinal));
    }

    [Theory]
    // Occupational £1,000.00 a month × 12 ÷ 52 = £230.7692...; private £10,000.00 a year ÷ 52 = £192.3076...;
    // rent £500.00 a month × 12 ÷ 52 = £115.3846...; MIG single 25+ £112.50; no DRE.
    // Adult's favour: income down £230.76 + £192.30 = £423.06; rent up £115.39; allowances £227.89; disposable £195.17.
    [InlineData(RoundingRule.AdultsFavour, 230.76, 192.30, 423.06, 115.39, 227.89, 195.17)]
    // Half-up: income £230.77 + £192.31 = £423.08; rent £115.38; allowances £227.88; disposable £195.20.
    [InlineData(RoundingRule.HalfUp, 230.77, 192.31, 423.08, 115.38, 227.88, 195.20)]
    public void Monthly_and_annual_amounts_are_converted_then_rounded_by_the_rule(
        RoundingRule rule, double occupational, double privatePension, double income, double rent, double allowances, double disposable)
    {
        var result = Assess(
            new FinancialAssessmentInput
            {
                Age = 50,
                Incomes =
                [
                    new IncomeItem(IncomeType.OccupationalPension, M(1000m), Frequency.Monthly),
                    new IncomeItem(IncomeType.PrivatePension, M(10_000m), Frequency.Annual),
                ],
                HousingCosts = [new HousingCost(HousingCostType.Rent, M(500m), Frequency.Monthly)],
                WeeklyCostOfCare = M(300m),
            },
            CouncilPolicy.Default with { Rounding = rule });

        Assert.Equal(M((decimal)occupational), result.IncomeLines[0].WeeklyAmount);
        Assert.Equal(M((decimal)privatePension), result.IncomeLines[1].WeeklyAmount);
        Assert.Equal(M((decimal)income), result.AssessableIncome);
        Assert.Equal(M((decimal)rent), result.HousingCosts);
        Assert.Equal(M((decimal)allowances), result.TotalAllowances);
        Assert.Equal(M((decimal)disposable), result.WeeklyContribution);
    }

    [Fact]
    public void Four_weekly_income_is_divided_by_four()
    {
        // ESA £563.00 every 4 weeks ÷ 4 = £140.75.
        var result = Assess(new FinancialAssessmentInput
        {
            Age = 30,
            Incomes = [new IncomeItem(IncomeType.EmploymentAndSupportAllowance, M(563m), Frequency.FourWeekly)],
            WeeklyCostOfCare = M(50m),
        });

        Assert.Equal(M(140.75m), result.ChargeableIncome);
    }

    [Fact]
    public void Housing_costs_are_allowed_net_of_housing_benefit_and_council_tax_reduction()
    {
        // Rent £120.00 + service charge £10.00 = £130.00 less Housing Benefit £100.00 = £30.00.
        // Council tax £30.00 less Council Tax Reduction £35.00 = £0.00 (never below zero).
        // Mortgage £50.00 (shared ownership) is not reduced. Housing = £30.00 + £0.00 + £50.00 = £80.00.
        // Income: ESA £140.55 + PIP daily living £110.40 + occupational £100.00 = £350.95 (HB, CTR disregarded).
        // MIG: single 25+ £112.50 + DP £49.65 = £162.15. Allowances: £162.15 + £80.00 + DRE £20.00 = £262.15.
        // Disposable £88.80, more than the £70.00 cost -> contribution capped at £70.00; net DP £0.00.
        var result = Assess(new FinancialAssessmentInput
        {
            Age = 45,
            DisabilityPremium = true,
            Incomes =
            [
                Weekly(IncomeType.EmploymentAndSupportAllowance, 140.55m),
                Weekly(IncomeType.PipDailyLiving, 110.40m),
                Weekly(IncomeType.OccupationalPension, 100m),
                Weekly(IncomeType.HousingBenefit, 100m),
                Weekly(IncomeType.CouncilTaxReduction, 35m),
            ],
            HousingCosts =
            [
                new HousingCost(HousingCostType.Rent, M(120m), Frequency.Weekly),
                new HousingCost(HousingCostType.ServiceCharge, M(10m), Frequency.Weekly),
                new HousingCost(HousingCostType.CouncilTax, M(30m), Frequency.Weekly),
                new HousingCost(HousingCostType.Mortgage, M(50m), Frequency.Weekly),
            ],
            DisabilityRelatedExpenditure = M(20m),
            WeeklyCostOfCare = M(70m),
        });

        Assert.Equal(M(350.95m), result.AssessableIncome);
        Assert.Equal(M(80m), result.HousingCosts);
        Assert.Equal(M(262.15m), result.TotalAllowances);
        Assert.Equal(M(88.80m), result.DisposableIncome);
        Assert.Equal(M(88.80m), result.AssessedCharge);
        Assert.Equal(M(70m), result.WeeklyContribution);
        Assert.Equal(M(0m), result.NetWeeklyDirectPayment);
    }

    [Theory]
    // State Pension £233.60 - MIG £232.60 = £1.00 disposable: below the £1.25 minimum, so nothing is charged.
    [InlineData(233.60, 0.00, true)]
    // State Pension £233.85 - £232.60 = £1.25: not below the minimum, so £1.25 is charged.
    [InlineData(233.85, 1.25, false)]
    public void A_contribution_below_the_minimum_weekly_charge_is_not_collected(double pension, double contribution, bool waived)
    {
        var result = Assess(
            new FinancialAssessmentInput
            {
                Age = 70,
                PensionCreditAgeReached = true,
                Incomes = [Weekly(IncomeType.StatePension, (decimal)pension)],
                WeeklyCostOfCare = M(100m),
            },
            CouncilPolicy.Default with { MinimumWeeklyCharge = M(1.25m) });

        Assert.Equal(M((decimal)contribution), result.WeeklyContribution);
        Assert.Equal(waived, result.MinimumChargeWaived);
        Assert.Equal(M(100m) - M((decimal)contribution), result.NetWeeklyDirectPayment);
        Assert.Equal(waived, result.Working.Any(line => line.Contains("minimum weekly charge of £1.25", StringComparison.Ordinal)));
    }

    [Theory]
    // State Pension £272.65 - MIG £232.60 = £40.05; 90% = £36.045 -> down £36.04 (adult's favour), half-up £36.05.
    [InlineData(RoundingRule.AdultsFavour, 36.04)]
    [InlineData(RoundingRule.HalfUp, 36.05)]
    public void A_charge_percent_below_100_takes_that_share_of_disposable_income(RoundingRule rule, double expected)
    {
        var result = Assess(
            new FinancialAssessmentInput
            {
                Age = 70,
                PensionCreditAgeReached = true,
                Incomes = [Weekly(IncomeType.StatePension, 272.65m)],
                WeeklyCostOfCare = M(100m),
            },
            CouncilPolicy.Default with { ChargePercent = 90m, Rounding = rule });

        Assert.Equal(M(40.05m), result.DisposableIncome);
        Assert.Equal(M((decimal)expected), result.WeeklyContribution);
    }

    [Fact]
    public void A_percentage_mig_uplift_is_added_to_the_statutory_mig()
    {
        // Statutory MIG: single 25+ £112.50 + DP £49.65 + EDP £24.25 = £186.40; 25% uplift = £46.60 -> £233.00.
        // Income: ESA £140.55 + PIP daily living £110.40 = £250.95; DRE £0.00. Disposable £250.95 - £233.00 = £17.95.
        var result = Assess(V01LikePerson(), CouncilPolicy.Default with { MigUpliftPercent = 25m });

        Assert.Equal(M(186.40m), result.MinimumIncomeGuaranteeBreakdown!.Statutory);
        Assert.Equal(M(46.60m), result.MinimumIncomeGuaranteeBreakdown.LocalUplift);
        Assert.Equal(M(233.00m), result.MinimumIncomeGuarantee);
        Assert.Equal(M(17.95m), result.WeeklyContribution);
    }

    [Fact]
    public void A_fixed_mig_uplift_is_added_to_the_statutory_mig()
    {
        // £186.40 + £5.00 (as Gloucestershire) = £191.40. Disposable £250.95 - £191.40 = £59.55, capped at the £60.00 cost: £59.55.
        var result = Assess(V01LikePerson(), CouncilPolicy.Default with { MigUpliftAmount = M(5m) });

        Assert.Equal(M(191.40m), result.MinimumIncomeGuarantee);
        Assert.Equal(M(59.55m), result.WeeklyContribution);
    }

    [Theory]
    // Single 25+ £112.50 × 3.3% = £3.7125: rounded up (an allowance) £3.72 -> MIG £116.22; half-up £3.71 -> £116.21.
    // ESA £140.55 - MIG: £24.33 or £24.34.
    [InlineData(RoundingRule.AdultsFavour, 116.22, 24.33)]
    [InlineData(RoundingRule.HalfUp, 116.21, 24.34)]
    public void A_mig_uplift_percentage_is_rounded_as_an_allowance(RoundingRule rule, double mig, double contribution)
    {
        var result = Assess(
            new FinancialAssessmentInput
            {
                Age = 30,
                Incomes = [Weekly(IncomeType.EmploymentAndSupportAllowance, 140.55m)],
                WeeklyCostOfCare = M(100m),
            },
            CouncilPolicy.Default with { MigUpliftPercent = 3.3m, Rounding = rule });

        Assert.Equal(M((decimal)mig), result.MinimumIncomeGuarantee);
        Assert.Equal(M((decimal)contribution), result.WeeklyContribution);
    }

    [Theory]
    // Joint £30,000.01 × 50% = £15,000.005. Adult's favour rounds capital down to £15,000.00: £750.00 over -> 3 bands, £3.
    // Disposable: State Pension £230.25 + £3.00 - MIG £232.60 = £0.65.
    [InlineData(RoundingRule.AdultsFavour, 15_000.00, 3, 0.65)]
    // Half-up gives £15,000.01: £750.01 over -> 4 bands (a part band counts), £4. Disposable £234.25 - £232.60 = £1.65.
    [InlineData(RoundingRule.HalfUp, 15_000.01, 4, 1.65)]
    public void Joint_capital_counts_at_the_persons_share(RoundingRule rule, double capital, int tariff, double disposable)
    {
        var result = Assess(
            new FinancialAssessmentInput
            {
                Age = 70,
                PensionCreditAgeReached = true,
                Incomes = [Weekly(IncomeType.StatePension, 230.25m)],
                Capital = [new CapitalItem(CapitalType.Savings, M(30_000.01m), 0.5m)],
                WeeklyCostOfCare = M(100m),
            },
            CouncilPolicy.Default with { Rounding = rule });

        Assert.Equal(M((decimal)capital), result.AssessableCapital);
        Assert.Equal(M(tariff), result.TariffIncome);
        Assert.Equal(M((decimal)disposable), result.WeeklyContribution);
    }

    [Fact]
    public void Half_of_joint_capital_at_exactly_the_upper_limit_is_not_full_cost()
    {
        // £46,500.00 × 50% = £23,250.00: does not exceed the upper limit; tariff £9,000.00 ÷ £250 = £36.00.
        var result = Assess(PensionerWithCapital(new CapitalItem(CapitalType.Investments, M(46_500m), 0.5m)));

        Assert.False(result.FullCostPayer);
        Assert.Equal(M(36m), result.TariffIncome);
    }

    [Fact]
    public void Sole_and_joint_capital_over_the_upper_limit_make_a_full_cost_payer()
    {
        // £40,000.00 × 50% + £5,000.00 = £25,000.00 > £23,250.00 -> full cost £150.00, no income figures.
        var result = Assess(PensionerWithCapital(
            new CapitalItem(CapitalType.Savings, M(40_000m), 0.5m),
            new CapitalItem(CapitalType.Savings, M(5_000m))));

        Assert.True(result.FullCostPayer);
        Assert.Equal(FullCostReason.CapitalAboveUpperLimit, result.FullCostReason);
        Assert.Equal(M(25_000m), result.AssessableCapital);
        Assert.Null(result.TariffIncome);
        Assert.Null(result.AssessableIncome);
        Assert.Null(result.MinimumIncomeGuarantee);
        Assert.Null(result.DisposableIncome);
        Assert.Equal(M(150m), result.WeeklyContribution);
        Assert.Equal(M(0m), result.NetWeeklyDirectPayment);
        Assert.Equal(M(600m), result.FourWeekly.Contribution);
        Assert.Equal(M(7800m), result.Annual.Contribution);
    }

    [Fact]
    public void One_penny_below_the_upper_limit_is_not_full_cost_even_at_or_above()
    {
        // £23,249.99 - £14,250.00 = £8,999.99 -> 35.99996 bands -> 36 -> £36.00.
        var result = Assess(
            PensionerWithCapital(new CapitalItem(CapitalType.Savings, M(23_249.99m))),
            CouncilPolicy.Default with { UpperLimitRule = UpperLimitRule.AtOrAbove });

        Assert.False(result.FullCostPayer);
        Assert.Equal(M(36m), result.TariffIncome);
    }

    [Fact]
    public void The_main_home_is_disregarded()
    {
        // Main home £350,000.00 disregarded; savings £3,000.00 counted: below the lower limit, no tariff.
        // State Pension £230.25 + AA £73.90 = £304.15 - (MIG £232.60 + council tax £25.00 + DRE £10.85) = £35.70.
        var result = Assess(PensionerWithCapital(
            new CapitalItem(CapitalType.MainHome, M(350_000m)),
            new CapitalItem(CapitalType.Savings, M(3_000m))));

        Assert.False(result.FullCostPayer);
        Assert.Equal(M(3_000m), result.AssessableCapital);
        Assert.True(result.CapitalLines[0].Disregarded);
        Assert.Equal(M(35.70m), result.WeeklyContribution);
        Assert.Contains(result.Working, line => line.Contains("main home £350,000.00 disregarded", StringComparison.Ordinal));
    }

    [Fact]
    public void Which_capital_is_disregarded_is_council_data()
    {
        // With no capital disregards the £350,000.00 home counts and exceeds the upper limit.
        var result = Assess(
            PensionerWithCapital(new CapitalItem(CapitalType.MainHome, M(350_000m))),
            CouncilPolicy.Default with { DisregardedCapitalTypes = new HashSet<CapitalType>() });

        Assert.True(result.FullCostPayer);
    }

    [Fact]
    public void Declining_to_disclose_means_paying_the_full_cost_whatever_else_is_known()
    {
        var input = PensionerWithCapital() with { DeclinedToDisclose = true };

        var result = Assess(input);

        Assert.True(result.FullCostPayer);
        Assert.Equal(FullCostReason.DeclinedToDisclose, result.FullCostReason);
        Assert.Equal(M(150m), result.WeeklyContribution);
        Assert.Equal(M(0m), result.NetWeeklyDirectPayment);
        Assert.Null(result.AssessableIncome);
        Assert.Null(result.MinimumIncomeGuarantee);
        Assert.Contains(result.Working, line => line.Contains("declined", StringComparison.Ordinal));
    }

    [Fact]
    public void Couple_at_pension_age_counts_a_share_of_joint_income()
    {
        // Income: State Pension £230.25 + 50% of joint occupational £300.00 = £150.00 + AA £73.90 = £454.15.
        // Capital: 50% of £20,000.00 = £10,000.00 -> no tariff.
        // MIG: couple PCA £177.55 each (no DP at pension age). Council tax £35.00 × couple share 50% = £17.50.
        // DRE: none assessed and the default standard allowance is £0.00. Allowances £195.05. Disposable £259.10.
        // Contribution £259.10 (cost £300.00); net DP £40.90.
        var result = Assess(CoupleAtPensionAge());

        Assert.Equal(M(454.15m), result.AssessableIncome);
        Assert.Equal(M(177.55m), result.MinimumIncomeGuarantee);
        Assert.Equal(M(17.50m), result.HousingCosts);
        Assert.Equal(M(0m), result.DisabilityRelatedExpenditure);
        Assert.Equal(M(259.10m), result.WeeklyContribution);
        Assert.Equal(M(40.90m), result.NetWeeklyDirectPayment);
    }

    [Fact]
    public void The_couple_housing_share_is_a_council_setting()
    {
        // As above with the whole £35.00 council tax allowed: allowances £177.55 + £35.00 = £212.55, disposable £454.15 - £212.55 = £241.60.
        var result = Assess(CoupleAtPensionAge(), CouncilPolicy.Default with { CoupleHousingShare = 1m });

        Assert.Equal(M(35m), result.HousingCosts);
        Assert.Equal(M(241.60m), result.WeeklyContribution);
    }

    [Fact]
    public void A_share_given_on_a_housing_cost_overrides_the_couple_default()
    {
        var input = CoupleAtPensionAge() with
        {
            HousingCosts = [new HousingCost(HousingCostType.CouncilTax, M(35m), Frequency.Weekly, 0.25m)],
        };

        Assert.Equal(M(8.75m), Assess(input).HousingCosts);
    }

    [Fact]
    public void Standard_dre_is_not_given_when_no_disability_benefit_is_taken_into_account()
    {
        // PIP mobility is disregarded, so it does not bring in the standard DRE.
        var result = Assess(
            new FinancialAssessmentInput
            {
                Age = 30,
                Incomes = [Weekly(IncomeType.EmploymentAndSupportAllowance, 140.55m), Weekly(IncomeType.PipMobility, 77.05m)],
                WeeklyCostOfCare = M(60m),
            },
            CouncilPolicy.Default with { StandardDisabilityRelatedExpenditure = M(10.85m) });

        Assert.Equal(M(0m), result.DisabilityRelatedExpenditure);
    }

    [Fact]
    public void Which_incomes_are_disregarded_is_council_data()
    {
        // A council that disregards Attendance Allowance: AA not counted and no standard DRE.
        // State Pension £240.00 - MIG £232.60 = £7.40.
        var policy = CouncilPolicy.Default with
        {
            DisregardedIncomeTypes = new HashSet<IncomeType>(CouncilPolicy.DefaultDisregardedIncomeTypes) { IncomeType.AttendanceAllowance },
            StandardDisabilityRelatedExpenditure = M(10.85m),
        };
        var result = Assess(PensionerOnStatePensionWith(Weekly(IncomeType.AttendanceAllowance, 110.40m)), policy);

        Assert.True(result.IncomeLines[1].Disregarded);
        Assert.Equal(M(0m), result.DisabilityRelatedExpenditure);
        Assert.Equal(M(7.40m), result.WeeklyContribution);
    }

    [Fact]
    public void A_disability_benefit_that_rounds_down_to_nothing_a_week_still_brings_in_the_standard_allowance()
    {
        // Attendance Allowance £0.50 a year is £0.00 a week rounded in the adult's favour, but it is still received.
        var policy = CouncilPolicy.Default with { Rounding = RoundingRule.AdultsFavour, StandardDisabilityRelatedExpenditure = M(10.85m) };
        var result = Assess(PensionerOnStatePensionWith(new IncomeItem(IncomeType.AttendanceAllowance, M(0.50m), Frequency.Annual)), policy);

        Assert.Equal(M(0m), result.IncomeLines[1].WeeklyAmount);
        Assert.Equal(M(10.85m), result.DisabilityRelatedExpenditure);
    }

    [Fact]
    public void A_disability_benefit_declared_as_nothing_brings_in_no_allowance()
    {
        var policy = CouncilPolicy.Default with { StandardDisabilityRelatedExpenditure = M(10.85m) };
        var result = Assess(PensionerOnStatePensionWith(Weekly(IncomeType.AttendanceAllowance, 0m)), policy);

        Assert.Equal(M(0m), result.DisabilityRelatedExpenditure);
    }

    [Theory]
    [InlineData(18, 89.15)]
    [InlineData(24, 89.15)]
    [InlineData(25, 112.50)]
    public void The_single_working_age_rate_changes_at_25(int age, double mig)
    {
        var result = Assess(new FinancialAssessmentInput { Age = age, WeeklyCostOfCare = M(10m) });

        Assert.Equal(M((decimal)mig), result.MinimumIncomeGuarantee);
    }

    [Fact]
    public void No_cost_of_care_means_no_contribution()
    {
        var result = Assess(PensionerWithCapital() with { WeeklyCostOfCare = M(0m) });

        Assert.Equal(M(35.70m), result.DisposableIncome);
        Assert.Equal(M(0m), result.WeeklyContribution);
        Assert.Equal(M(0m), result.NetWeeklyDirectPayment);
    }

    [Fact]
    public void The_worked_example_in_docs_charging_md()
    {
        // Capital: £16,000.00 + 50% of £3,000.00 = £17,500.00 (home disregarded); £3,250.00 over -> 13 bands -> £13.00.
        // Occupational pension £450.00 a month × 12 ÷ 52 = £103.846... -> down £103.84.
        // Assessable: £230.25 + £103.84 + AA £73.90 + tariff £13.00 = £420.99.
        // Council tax £1,650.00 a year ÷ 52 = £31.730... -> up £31.74, less CTR £5.00 = £26.74.
        // Allowances: MIG £232.60 + £26.74 + standard DRE £10.85 = £270.19. Disposable £150.80 (cost £180.00).
        // Net DP £29.20; 4-weekly £720.00 / £603.20 / £116.80; 52 weeks £9,360.00 / £7,841.60 / £1,518.40.
        var result = Assess(
            new FinancialAssessmentInput
            {
                Age = 70,
                PensionCreditAgeReached = true,
                Incomes =
                [
                    Weekly(IncomeType.StatePension, 230.25m),
                    new IncomeItem(IncomeType.OccupationalPension, M(450m), Frequency.Monthly),
                    Weekly(IncomeType.AttendanceAllowance, 73.90m),
                    Weekly(IncomeType.CouncilTaxReduction, 5m),
                ],
                Capital =
                [
                    new CapitalItem(CapitalType.Savings, M(16_000m)),
                    new CapitalItem(CapitalType.Savings, M(3_000m), 0.5m),
                    new CapitalItem(CapitalType.MainHome, M(240_000m)),
                ],
                HousingCosts = [new HousingCost(HousingCostType.CouncilTax, M(1650m), Frequency.Annual)],
                WeeklyCostOfCare = M(180m),
            },
            CouncilPolicy.Default with { StandardDisabilityRelatedExpenditure = M(10.85m) });

        Assert.Equal(M(17_500m), result.AssessableCapital);
        Assert.Equal(M(13m), result.TariffIncome);
        Assert.Equal(M(420.99m), result.AssessableIncome);
        Assert.Equal(M(26.74m), result.HousingCosts);
        Assert.Equal(M(270.19m), result.TotalAllowances);
        Assert.Equal(M(150.80m), result.WeeklyContribution);
        Assert.Equal(M(29.20m), result.NetWeeklyDirectPayment);
        Assert.Equal(new PaymentPeriodFigures(4, M(720m), M(603.20m), M(116.80m)), result.FourWeekly);
        Assert.Equal(new PaymentPeriodFigures(52, M(9360m), M(7841.60m), M(1518.40m)), result.Annual);
    }

    [Fact]
    public void Working_explains_each_step_in_words_and_figures()
    {
        var working = Assess(V01LikePerson()).Working;

        Assert.Contains("Capital £5,000.00 is at or below the lower capital limit of £14,250.00, so no tariff income.", working);
        Assert.Contains("Assessable income = PIP daily living £110.40 + ESA £140.55 = £250.95 (PIP mobility £77.05 disregarded).", working);
        Assert.Contains(
            "MIG = single, 25 to pension credit age £112.50 + disability premium £49.65 + enhanced disability premium £24.25 = £186.40.",
            working);
        Assert.Contains("Disposable income = assessable income £250.95 - allowances £186.40 = £64.55.", working);
    }

    [Fact]
    public void Working_flags_rates_that_are_not_confirmed()
    {
        // The 2025-26 couple rates in the reference are derived, not read in the circular.
        var working = Assess(CoupleAtPensionAge()).Working;

        Assert.Contains(working, line => line.Contains("not confirmed", StringComparison.Ordinal)
            && line.Contains("member of a couple, pension credit age £177.55 (worked out from other rates)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_cannot_be_both_in_a_couple_and_a_lone_parent() =>
        Assert.Throws<DomainException>(() => Assess(new FinancialAssessmentInput { Age = 30, Couple = true, LoneParent = true }));

    [Fact]
    public void The_mig_is_only_for_adults() =>
        Assert.Throws<DomainException>(() => Assess(new FinancialAssessmentInput { Age = 17 }));

    [Fact]
    public void A_negative_income_is_refused() =>
        Assert.Throws<DomainException>(() => new IncomeItem(IncomeType.StatePension, M(-1m), Frequency.Weekly));

    [Fact]
    public void An_income_share_above_one_is_refused() =>
        Assert.Throws<DomainException>(() => new IncomeItem(IncomeType.StatePension, M(100m), Frequency.Weekly, 1.5m));

    [Fact]
    public void A_capital_share_below_zero_is_refused() =>
        Assert.Throws<DomainException>(() => new CapitalItem(CapitalType.Savings, M(100m), -0.1m));

    [Fact]
    public void A_housing_share_above_one_is_refused() =>
        Assert.Throws<DomainException>(() => new HousingCost(HousingCostType.Rent, M(100m), Frequency.Weekly, 2m));

    [Fact]
    public void A_negative_cost_of_care_is_refused() =>
        Assert.Throws<DomainException>(() => new FinancialAssessmentInput { WeeklyCostOfCare = M(-0.01m) });

    [Fact]
    public void A_negative_number_of_children_is_refused() =>
        Assert.Throws<DomainException>(() => new FinancialAssessmentInput { DependentChildren = -1 });

    private static FinancialAssessmentResult Assess(FinancialAssessmentInput input, CouncilPolicy? policy = null) =>
        FinancialAssessmentCalculator.Assess(input, Rates, policy ?? CouncilPolicy.Default);

    /// <summary>V01's person (PIP daily living £110.40, PIP mobility £77.05, ESA £140.55, DP and EDP) with savings £5,000, no DRE.</summary>
    private static FinancialAssessmentInput V01LikePerson() => new()
    {
        Age = 30,
        DisabilityPremium = true,
        EnhancedDisabilityPremium = true,
        Incomes =
        [
            Weekly(IncomeType.PipDailyLiving, 110.40m),
            Weekly(IncomeType.PipMobility, 77.05m),
            Weekly(IncomeType.EmploymentAndSupportAllowance, 140.55m),
        ],
        Capital = [new CapitalItem(CapitalType.Savings, M(5_000m))],
        DisabilityRelatedExpenditure = M(0m),
        WeeklyCostOfCare = M(60m),
    };

    /// <summary>Single at pension age on a State Pension of £240.00 a week and one more income, cost £60.00.</summary>
    private static FinancialAssessmentInput PensionerOnStatePensionWith(IncomeItem income) => new()
    {
        Age = 70,
        PensionCreditAgeReached = true,
        Incomes = [Weekly(IncomeType.StatePension, 240m), income],
        WeeklyCostOfCare = M(60m),
    };

    /// <summary>V02's person: single at pension age, State Pension £230.25, AA £73.90, council tax £25.00, DRE £10.85, cost £150.00.</summary>
    private static FinancialAssessmentInput PensionerWithCapital(params CapitalItem[] capital) => new()
    {
        Age = 70,
        PensionCreditAgeReached = true,
        Incomes = [Weekly(IncomeType.StatePension, 230.25m), Weekly(IncomeType.AttendanceAllowance, 73.90m)],
        Capital = capital,
        HousingCosts = [new HousingCost(HousingCostType.CouncilTax, M(25m), Frequency.Weekly)],
        DisabilityRelatedExpenditure = M(10.85m),
        WeeklyCostOfCare = M(150m),
    };

    private static FinancialAssessmentInput CoupleAtPensionAge() => new()
    {
        Age = 75,
        Couple = true,
        PensionCreditAgeReached = true,
        Incomes =
        [
            Weekly(IncomeType.StatePension, 230.25m),
            new IncomeItem(IncomeType.OccupationalPension, M(300m), Frequency.Weekly, 0.5m),
            Weekly(IncomeType.AttendanceAllowance, 73.90m),
        ],
        Capital = [new CapitalItem(CapitalType.Savings, M(20_000m), 0.5m)],
        HousingCosts = [new HousingCost(HousingCostType.CouncilTax, M(35m), Frequency.Weekly)],
        WeeklyCostOfCare = M(300m),
    };
}

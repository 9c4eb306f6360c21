using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Tests.Support;
using static DirectPayments.Domain.Tests.Support.TestMoney;

namespace DirectPayments.Domain.Tests.Charging;

/// <summary>
/// Incomes disregarded in part (Care and Support Statutory Guidance Annex C; the DHSC circular's savings credit
/// disregards), Constant Attendance Allowance, and the night-care element a council may disregard. Worked by hand with
/// the 2025-26 rates: savings credit disregard £7.05 single, £10.60 couple; war widow's pension disregard £10.00;
/// Attendance Allowance £110.40 higher, £73.90 lower (DLA care and PIP daily living the same).
/// </summary>
public class PartialDisregardRuleTests
{
    private static readonly ChargingRates Rates = WorkedExamples.Rates("2025-26");

    // (savings credit a week, couple, counted)
    [Theory]
    [InlineData(5.00, false, 0.00)] // below the most disregarded: none of it counts
    [InlineData(20.00, false, 12.95)] // £20.00 - £7.05
    [InlineData(20.00, true, 9.40)] // a member of a couple: £20.00 - £10.60
    public void Savings_credit_is_disregarded_up_to_the_years_maximum(double savingsCredit, bool couple, double counted)
    {
        var result = Assess(Person() with { Couple = couple, Incomes = [Weekly(IncomeType.PensionCreditSavingsCredit, (decimal)savingsCredit)] });

        Assert.Equal(M((decimal)counted), result.ChargeableIncome);
    }

    [Fact]
    public void The_first_ten_pounds_of_a_war_widows_pension_is_disregarded()
    {
        var result = Assess(Person() with { Incomes = [Weekly(IncomeType.WarWidowsPension, 100m)] });

        Assert.Equal(M(90m), result.ChargeableIncome);
    }

    [Fact]
    public void The_first_ten_pounds_of_a_survivors_guaranteed_income_payment_is_disregarded()
    {
        var result = Assess(Person() with { Incomes = [Weekly(IncomeType.SurvivorsGuaranteedIncomePayment, 50m)] });

        Assert.Equal(M(40m), result.ChargeableIncome);
    }

    [Fact]
    public void A_war_widows_pension_and_a_survivors_payment_share_one_ten_pound_disregard()
    {
        // £6.00 of the pension and £4.00 of the payment: £56.00 - £10.00 = £46.00 counted.
        var result = Assess(Person() with
        {
            Incomes = [Weekly(IncomeType.WarWidowsPension, 6m), Weekly(IncomeType.SurvivorsGuaranteedIncomePayment, 50m)],
        });

        Assert.Equal(M(46m), result.ChargeableIncome);
    }

    [Fact]
    public void A_council_that_disregards_a_war_widows_pension_wholly_counts_none_of_it()
    {
        var policy = CouncilPolicy.Default with
        {
            DisregardedIncomeTypes = new HashSet<IncomeType>(CouncilPolicy.DefaultDisregardedIncomeTypes) { IncomeType.WarWidowsPension },
        };

        var result = FinancialAssessmentCalculator.Assess(Person() with { Incomes = [Weekly(IncomeType.WarWidowsPension, 100m)] }, Rates, policy);

        Assert.Equal(Money.Zero, result.ChargeableIncome);
    }

    [Fact]
    public void A_council_that_disregards_nothing_in_part_counts_all_of_the_savings_credit()
    {
        var policy = CouncilPolicy.Default with { PartlyDisregardedIncomeTypes = new HashSet<IncomeType>() };

        var result = FinancialAssessmentCalculator.Assess(
            Person() with { Incomes = [Weekly(IncomeType.PensionCreditSavingsCredit, 20m)] }, Rates, policy);

        Assert.Equal(M(20m), result.ChargeableIncome);
    }

    [Fact]
    public void Only_incomes_the_law_disregards_in_part_can_be_partly_disregarded()
    {
        Assert.Throws<DomainException>(() =>
            CouncilPolicy.Default with { PartlyDisregardedIncomeTypes = new HashSet<IncomeType> { IncomeType.StatePension } });
    }

    [Fact]
    public void The_working_says_how_much_of_an_income_is_disregarded_and_why()
    {
        var result = Assess(Person() with { Incomes = [Weekly(IncomeType.WarWidowsPension, 100m)] });

        Assert.Contains(result.Working, line => line.Contains(
            "£10.00 of war widow's or widower's pension £100.00 is disregarded (up to the war widow's pension disregard of £10.00), so £90.00 is counted",
            StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(IncomeType.Earnings)]
    [InlineData(IncomeType.DlaMobility)]
    [InlineData(IncomeType.PipMobility)]
    [InlineData(IncomeType.ArmedForcesGuaranteedIncomePayment)]
    public void Incomes_the_regulations_disregard_are_never_counted_even_when_a_councils_list_leaves_them_out(IncomeType type)
    {
        var policy = CouncilPolicy.Default with { DisregardedIncomeTypes = new HashSet<IncomeType>() };

        var result = FinancialAssessmentCalculator.Assess(Person() with { Incomes = [Weekly(type, 100m)] }, Rates, policy);

        Assert.Equal(Money.Zero, result.ChargeableIncome);
    }

    [Fact]
    public void Constant_attendance_allowance_is_counted()
    {
        var result = Assess(Person() with { Incomes = [Weekly(IncomeType.ConstantAttendanceAllowance, 80m)] });

        Assert.Equal(M(80m), result.ChargeableIncome);
    }

    [Fact]
    public void Constant_attendance_allowance_brings_in_the_standard_disability_related_expenditure()
    {
        var policy = CouncilPolicy.Default with { StandardDisabilityRelatedExpenditure = M(20m) };

        var result = FinancialAssessmentCalculator.Assess(
            Person() with { Incomes = [Weekly(IncomeType.ConstantAttendanceAllowance, 80m)], DisabilityRelatedExpenditure = null }, Rates, policy);

        Assert.Equal(M(20m), result.DisabilityRelatedExpenditure);
    }

    [Fact]
    public void Pension_credits_guarantee_credit_is_counted_as_pension_credit_always_was()
    {
        var result = Assess(Person() with { Incomes = [Weekly(IncomeType.PensionCreditGuarantee, 30m), Weekly(IncomeType.PensionCredit, 20m)] });

        Assert.Equal(M(50m), result.ChargeableIncome);
    }

    [Fact]
    public void A_council_that_disregards_pension_credit_disregards_the_guarantee_credit_too()
    {
        var policy = CouncilPolicy.Default with
        {
            DisregardedIncomeTypes = new HashSet<IncomeType>(CouncilPolicy.DefaultDisregardedIncomeTypes) { IncomeType.PensionCredit },
        };

        var result = FinancialAssessmentCalculator.Assess(
            Person() with { Incomes = [Weekly(IncomeType.PensionCreditGuarantee, 30m)] }, Rates, policy);

        Assert.Equal(Money.Zero, result.ChargeableIncome);
    }

    // (benefit, weekly amount, night care arranged, council disregards the element, counted)
    [Theory]
    [InlineData(IncomeType.AttendanceAllowance, 110.40, false, true, 73.90)] // higher rate, no night care: £110.40 - £36.50
    [InlineData(IncomeType.DlaCare, 110.40, false, true, 73.90)]
    [InlineData(IncomeType.PipDailyLiving, 110.40, false, true, 73.90)]
    [InlineData(IncomeType.AttendanceAllowance, 441.60, false, true, 73.90)] // paid four-weekly: £441.60 ÷ 4 = £110.40
    [InlineData(IncomeType.AttendanceAllowance, 110.40, true, true, 110.40)] // night care is arranged
    [InlineData(IncomeType.AttendanceAllowance, 110.40, false, false, 110.40)] // the council does not disregard it
    [InlineData(IncomeType.AttendanceAllowance, 73.90, false, true, 73.90)] // the lower rate has no night-care element
    public void The_night_care_element_is_disregarded_only_when_the_council_chooses_and_no_night_care_is_arranged(
        IncomeType benefit, double amount, bool nightCareArranged, bool councilDisregards, double counted)
    {
        var policy = CouncilPolicy.Default with { DisregardNightCareElement = councilDisregards };
        var frequency = amount > 200 ? Frequency.FourWeekly : Frequency.Weekly;

        var result = FinancialAssessmentCalculator.Assess(
            Person() with { Incomes = [new IncomeItem(benefit, M((decimal)amount), frequency)], NightCareArranged = nightCareArranged }, Rates, policy);

        Assert.Equal(M((decimal)counted), result.ChargeableIncome);
    }

    [Fact]
    public void Disregarded_income_is_everything_given_less_what_is_counted()
    {
        // £100.00 pension counted; £10.00 of the war widow's pension, £60.00 Housing Benefit and £25.00 PIP mobility not.
        var result = Assess(Person() with
        {
            Incomes =
            [
                Weekly(IncomeType.StatePension, 100m), Weekly(IncomeType.WarWidowsPension, 30m),
                Weekly(IncomeType.HousingBenefit, 60m), Weekly(IncomeType.PipMobility, 25m),
            ],
        });

        Assert.Equal(M(95m), result.DisregardedIncome);
    }

    [Fact]
    public void Capital_disregarded_is_the_persons_share_of_the_main_home()
    {
        var result = Assess(Person() with
        {
            Capital = [new CapitalItem(CapitalType.MainHome, M(200_000m), 0.5m), new CapitalItem(CapitalType.Savings, M(5_000m))],
        });

        Assert.Equal(M(100_000m), result.CapitalDisregarded);
    }

    private static FinancialAssessmentInput Person() => new()
    {
        Age = 70,
        PensionCreditAgeReached = true,
        WeeklyCostOfCare = M(300m),
        DisabilityRelatedExpenditure = Money.Zero,
    };

    private static FinancialAssessmentResult Assess(FinancialAssessmentInput input) =>
        FinancialAssessmentCalculator.Assess(input, Rates, CouncilPolicy.Default);
}

using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Tests.Support;
using static DirectPayments.Domain.Tests.Support.TestMoney;

namespace DirectPayments.Domain.Tests.Charging;

/// <summary>
/// Disability-related expenditure assessed item by item (Care and Support Statutory Guidance Annex C paras 39-40): each
/// item made weekly, allowed up to the council's standard allowance for it where it sets one.
/// </summary>
public class DisabilityRelatedExpenditureItemTests
{
    private static readonly ChargingRates Rates = WorkedExamples.Rates("2025-26");

    private static readonly CouncilPolicy WithAllowances = CouncilPolicy.Default with
    {
        DisabilityRelatedExpenditureAllowances = new Dictionary<DisabilityRelatedExpenditureType, Money>
        {
            [DisabilityRelatedExpenditureType.Laundry] = M(4.00m),
            [DisabilityRelatedExpenditureType.CommunityAlarm] = M(3.50m),
        },
    };

    [Fact]
    public void Items_are_added_up_as_weekly_amounts()
    {
        // £3.00 a week + £52.00 a year ÷ 52 = £1.00 + £20.00 four-weekly ÷ 4 = £5.00: £9.00.
        var result = Assess(
            Item(DisabilityRelatedExpenditureType.Transport, 3.00m, Frequency.Weekly),
            Item(DisabilityRelatedExpenditureType.Equipment, 52.00m, Frequency.Annual),
            Item(DisabilityRelatedExpenditureType.Gardening, 20.00m, Frequency.FourWeekly));

        Assert.Equal(M(9m), result.DisabilityRelatedExpenditure);
    }

    [Fact]
    public void An_item_is_allowed_up_to_the_councils_standard_allowance_for_it()
    {
        // Laundry £6.00 claimed, £4.00 allowed; alarm £3.00 within its £3.50: £7.00.
        var result = Assess(
            WithAllowances,
            Item(DisabilityRelatedExpenditureType.Laundry, 6.00m, Frequency.Weekly),
            Item(DisabilityRelatedExpenditureType.CommunityAlarm, 3.00m, Frequency.Weekly));

        Assert.Equal(M(7m), result.DisabilityRelatedExpenditure);
    }

    [Fact]
    public void An_item_the_council_sets_no_allowance_for_is_allowed_as_claimed()
    {
        var result = Assess(WithAllowances, Item(DisabilityRelatedExpenditureType.Other, 12.34m, Frequency.Weekly));

        Assert.Equal(M(12.34m), result.DisabilityRelatedExpenditure);
    }

    [Fact]
    public void The_working_names_each_item_and_what_was_capped()
    {
        var result = Assess(WithAllowances, Item(DisabilityRelatedExpenditureType.Laundry, 6.00m, Frequency.Weekly));

        Assert.Contains(result.Working, line => line.Contains(
            "(extra laundry £6.00 claimed, the council allows up to £4.00 a week)", StringComparison.Ordinal));
    }

    [Fact]
    public void Items_and_one_weekly_amount_together_are_refused()
    {
        var input = Person([Item(DisabilityRelatedExpenditureType.Laundry, 6.00m, Frequency.Weekly)]) with { DisabilityRelatedExpenditure = M(10m) };

        Assert.Throws<DomainException>(() => FinancialAssessmentCalculator.Assess(input, Rates, CouncilPolicy.Default));
    }

    private static DisabilityRelatedExpenditureItem Item(DisabilityRelatedExpenditureType type, decimal pounds, Frequency frequency) =>
        new(type, M(pounds), frequency);

    private static FinancialAssessmentResult Assess(params DisabilityRelatedExpenditureItem[] items) => Assess(CouncilPolicy.Default, items);

    private static FinancialAssessmentResult Assess(CouncilPolicy policy, params DisabilityRelatedExpenditureItem[] items) =>
        FinancialAssessmentCalculator.Assess(Person(items), Rates, policy);

    private static FinancialAssessmentInput Person(IReadOnlyList<DisabilityRelatedExpenditureItem> items) => new()
    {
        Age = 70,
        PensionCreditAgeReached = true,
        Incomes = [Weekly(IncomeType.StatePension, 230.25m), Weekly(IncomeType.AttendanceAllowance, 110.40m)],
        DisabilityRelatedExpenditureItems = items,
        WeeklyCostOfCare = M(300m),
    };
}

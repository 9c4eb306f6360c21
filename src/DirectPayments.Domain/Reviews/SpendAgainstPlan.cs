using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Domain.Reviews;

/// <summary>One kind of support in the plan for the period under review: what the plan allowed, what was spent.</summary>
public sealed record SpendAgainstPlanRow(SupportCategory? Category, Money Planned, Money Spent)
{
    /// <summary>Planned less spent: positive is underspend, negative overspend.</summary>
    public Money Difference => Planned - Spent;
}

/// <summary>
/// Spending in a period set against the support plan's lines. The plan's weekly cost is spread over the days planned
/// for (<see cref="PlannedDays"/>: those the direct payment was paying); card spending is matched to the plan's kinds of
/// support through its category. Spending matched to no line of the plan (or not categorised at all) is a row of its
/// own, for the reviewer to look at.
/// </summary>
public static class SpendAgainstPlan
{
    /// <summary>Which spending categories count towards which kind of support in a plan.</summary>
    public static SupportCategory PlanCategoryOf(SpendCategory category) => category switch
    {
        SpendCategory.PersonalAssistantWages or SpendCategory.HmrcPayments or SpendCategory.Fees => SupportCategory.PersonalAssistant,
        SpendCategory.AgencyCare => SupportCategory.AgencyCare,
        SpendCategory.DayActivities => SupportCategory.DayActivities,
        SpendCategory.RespiteOrShortBreaks => SupportCategory.RespiteOrShortBreaks,
        SpendCategory.Equipment => SupportCategory.Equipment,
        SpendCategory.Membership => SupportCategory.Membership,
        SpendCategory.Transport => SupportCategory.Transport,
        _ => SupportCategory.Other,
    };

    /// <param name="plannedWeekly">The plan's weekly cost for each kind of support.</param>
    /// <param name="spent">Money spent (as positive amounts) by spending category; null for uncategorised spending.</param>
    /// <param name="days">The days of the period under review that the direct payment was paying.</param>
    public static IReadOnlyList<SpendAgainstPlanRow> Compare(
        IReadOnlyDictionary<SupportCategory, Money> plannedWeekly, IEnumerable<(SpendCategory? Category, Money Spent)> spent, int days)
    {
        ArgumentNullException.ThrowIfNull(plannedWeekly);
        ArgumentNullException.ThrowIfNull(spent);
        Guard.NotNegative(days, "Days reviewed");
        var byPlan = new Dictionary<SupportCategory, Money>();
        var unmatched = Money.Zero;
        foreach (var (category, amount) in spent)
        {
            if (category is { } c && plannedWeekly.ContainsKey(PlanCategoryOf(c)))
            {
                byPlan[PlanCategoryOf(c)] = byPlan.GetValueOrDefault(PlanCategoryOf(c)) + amount;
            }
            else
            {
                unmatched += amount;
            }
        }

        var rows = plannedWeekly
            .OrderBy(p => p.Key)
            .Select(p => new SpendAgainstPlanRow(p.Key, MoneyRounding.Round(p.Value.Pounds * days / 7m, RoundingDirection.HalfUp), byPlan.GetValueOrDefault(p.Key)))
            .ToList();
        if (unmatched > Money.Zero)
        {
            rows.Add(new SpendAgainstPlanRow(null, Money.Zero, unmatched));
        }

        return rows;
    }
}

using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Domain.Reviews;

/// <summary>One kind of support in the plan for the period under review: what the plan allowed, what was spent.</summary>
public sealed record SpendAgainstPlanRow(SupportCategory? Category, Money Planned, Money Spent)
{
    /// <summary>Planned less spent: positive is underspend, negative overspend.</summary>
    public Money Difference => Planned - Spent;
}

/// <summary>One version of the support plan, for the days of a period it was in force while the direct payment was paying.</summary>
/// <param name="Number">The plan's version number.</param>
/// <param name="From">The first day of the period it was in force.</param>
/// <param name="To">The last day of the period it was in force.</param>
/// <param name="Days">The days from <paramref name="From"/> to <paramref name="To"/> on which the direct payment was paying.</param>
/// <param name="Weekly">Its weekly cost bought with the direct payment, for each kind of support.</param>
public sealed record PlanInForce(int Number, DateOnly From, DateOnly To, int Days, IReadOnlyDictionary<SupportCategory, Money> Weekly)
{
    /// <summary>"version 2, 56 days from 15 October 2026 to 9 December 2026".</summary>
    public string Describe() => $"version {Number}, {(Days == 1 ? "1 day" : $"{Days} days")} from {From:d MMMM yyyy} to {To:d MMMM yyyy}";

    /// <summary>"Version 1, 40 days from ...; version 2, 16 days from ...", or that none was in force.</summary>
    public static string DescribeAll(IReadOnlyList<PlanInForce> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var words = string.Join("; ", plans.Select(p => p.Describe()));
        return words.Length == 0 ? "None was in force in this period" : char.ToUpperInvariant(words[0]) + words[1..];
    }
}

/// <summary>
/// Spending in a period set against the support plan's lines. The plan's weekly cost is spread over the days planned
/// for (<see cref="PlannedDays"/>: those the direct payment was paying); card spending is matched to the plan's kinds of
/// support through its category. Spending matched to no line of the plan (or not categorised at all) is a row of its
/// own, for the reviewer to look at. A plan revised part-way through the period counts each version for the days it was in
/// force: a reviewer weighing an underspend must not hold the person to hours they no longer had, or had not yet.
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

    /// <summary>
    /// The versions of the plan in force from <paramref name="from"/> to <paramref name="to"/>, each with the days of its
    /// time in force on which the direct payment was paying; versions that never started are left out.
    /// </summary>
    public static IReadOnlyList<PlanInForce> PlansInForce(IEnumerable<SupportPlan> versions, DirectPaymentTimeline timeline, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(timeline);
        var inForce = new List<PlanInForce>();
        foreach (var plan in versions.Where(p => p.ActiveFrom is not null).OrderBy(p => p.ActiveFrom).ThenBy(p => p.Number))
        {
            var first = plan.ActiveFrom!.Value > from ? plan.ActiveFrom.Value : from;
            var last = plan.EndedOn is { } ended && ended < to ? ended : to;
            if (last < first)
            {
                continue;
            }

            var weekly = plan.Lines.Where(l => l.Delivery == DeliveryOption.DirectPayment)
                .GroupBy(l => l.Category).ToDictionary(g => g.Key, g => g.Select(l => l.WeeklyCost).Sum());
            inForce.Add(new PlanInForce(plan.Number, first, last, PlannedDays.Between(timeline, first, last).Days, weekly));
        }

        return inForce;
    }

    /// <param name="plannedWeekly">The plan's weekly cost for each kind of support.</param>
    /// <param name="spent">Money spent (as positive amounts) by spending category; null for uncategorised spending.</param>
    /// <param name="days">The days of the period under review that the direct payment was paying.</param>
    public static IReadOnlyList<SpendAgainstPlanRow> Compare(
        IReadOnlyDictionary<SupportCategory, Money> plannedWeekly, IEnumerable<(SpendCategory? Category, Money Spent)> spent, int days)
    {
        ArgumentNullException.ThrowIfNull(plannedWeekly);
        Guard.NotNegative(days, "Days reviewed");
        return Compare([new PlanInForce(1, DateOnly.MinValue, DateOnly.MinValue, days, plannedWeekly)], spent);
    }

    /// <param name="plans">The versions of the plan in force over the period, each for its own days.</param>
    /// <param name="spent">Money spent (as positive amounts) by spending category; null for uncategorised spending.</param>
    public static IReadOnlyList<SpendAgainstPlanRow> Compare(IReadOnlyList<PlanInForce> plans, IEnumerable<(SpendCategory? Category, Money Spent)> spent)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(spent);

        // Each version's share is exact to the day; the sum for a kind of support is rounded once.
        var plannedPounds = new Dictionary<SupportCategory, decimal>();
        foreach (var plan in plans)
        {
            foreach (var (category, weekly) in plan.Weekly)
            {
                plannedPounds[category] = plannedPounds.GetValueOrDefault(category) + weekly.Pounds * plan.Days / 7m;
            }
        }

        var byPlan = new Dictionary<SupportCategory, Money>();
        var unmatched = Money.Zero;
        foreach (var (category, amount) in spent)
        {
            if (category is { } c && plannedPounds.ContainsKey(PlanCategoryOf(c)))
            {
                byPlan[PlanCategoryOf(c)] = byPlan.GetValueOrDefault(PlanCategoryOf(c)) + amount;
            }
            else
            {
                unmatched += amount;
            }
        }

        var rows = plannedPounds
            .OrderBy(p => p.Key)
            .Select(p => new SpendAgainstPlanRow(p.Key, MoneyRounding.Round(p.Value, RoundingDirection.HalfUp), byPlan.GetValueOrDefault(p.Key)))
            .ToList();
        if (unmatched > Money.Zero)
        {
            rows.Add(new SpendAgainstPlanRow(null, Money.Zero, unmatched));
        }

        return rows;
    }
}

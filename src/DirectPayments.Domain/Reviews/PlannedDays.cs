using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Reviews;

/// <summary>
/// The days of a review's period that the support plan's spending is spread over: the days the direct payment was in
/// force and paying. Nothing was paid for a day it was suspended, a day after its end or a day before its start, so
/// nothing was planned to be spent on it either.
/// </summary>
/// <param name="From">The first day looked at: the period's first, or the direct payment's start if later.</param>
/// <param name="To">The last day looked at: the period's last, or the direct payment's last day if it ended before.</param>
/// <param name="Days">The days between them on which it was paying.</param>
/// <param name="DaysSuspended">The days between them on which it was suspended.</param>
/// <param name="EndedOn">The direct payment's last day, when it ended before the period's last day.</param>
public sealed record PlannedDays(DateOnly From, DateOnly To, int Days, int DaysSuspended, DateOnly? EndedOn)
{
    /// <summary>The days the direct payment was paying from <paramref name="from"/> to <paramref name="to"/>, from its life as recorded.</summary>
    public static PlannedDays Between(DirectPaymentTimeline timeline, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var segments = timeline.Between(from, to);
        var endedOn = timeline.LastDay is { } last && last < to ? last : (DateOnly?)null;
        return new PlannedDays(
            from < timeline.Start ? timeline.Start : from,
            endedOn ?? to,
            segments.Where(s => s.Status == DirectPaymentStatus.Active).Sum(s => s.Days),
            segments.Where(s => s.Status == DirectPaymentStatus.Suspended).Sum(s => s.Days),
            endedOn);
    }

    /// <summary>Which days were counted, in words: "109 days, from 16 August 2026 to 2 December 2026, when it ended".</summary>
    public string Describe()
    {
        if (EndedOn is { } ended && ended < From)
        {
            return $"None: the direct payment ended on {ended:d MMMM yyyy}, before this period";
        }

        if (To < From)
        {
            return $"None: the direct payment starts on {From:d MMMM yyyy}";
        }

        return $"{DaysInWords(Days)}, from {From:d MMMM yyyy} to {To:d MMMM yyyy}"
            + (EndedOn is null ? string.Empty : ", when it ended")
            + (DaysSuspended > 0 ? $", not counting {DaysInWords(DaysSuspended)} suspended" : string.Empty);
    }

    private static string DaysInWords(int days) => days == 1 ? "1 day" : $"{days} days";
}

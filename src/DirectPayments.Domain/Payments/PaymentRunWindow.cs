using System.Globalization;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Payments;

/// <summary>Where a period falls against the council's today, for a payment run.</summary>
public enum RunTiming
{
    /// <summary>The period with today in it: the run paid in advance at its start.</summary>
    ThisPeriod,

    /// <summary>The period after: run ahead, so that the money is on the card on its first day.</summary>
    NextPeriod,

    /// <summary>The period just before this one: a run missed, paid late, only with a reason.</summary>
    Late,

    /// <summary>Two or more periods ahead: nothing can be due that far ahead.</summary>
    TooFarAhead,

    /// <summary>Two or more periods back: too old to pay in a run.</summary>
    TooLongAgo,
}

/// <summary>
/// The periods a payment run may be for: this period or the next one, or the one before with a reason finance types
/// (a run that was missed). Anything else is refused, on the preview and the commit, so that nobody can be paid years
/// ahead or behind by a mistyped date. The bounds are constants, not a setting: paying 4-weekly in advance fixes them
/// for every council, and a setting would let the control be turned off.
/// </summary>
public static class PaymentRunWindow
{
    /// <summary>The fewest words a reason for a late run may have: enough to say what happened.</summary>
    public const int ReasonMinimumWords = 3;

    public const int ReasonMaximumLength = 500;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static RunTiming TimingOf(PaymentCalendar calendar, PaymentPeriod period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var current = calendar.PeriodContaining(today);
        return true switch
        {
            _ when period == current => RunTiming.ThisPeriod,
            _ when period == current.Next => RunTiming.NextPeriod,
            _ when period == current.Previous => RunTiming.Late,
            _ when period.Start > current.Start => RunTiming.TooFarAhead,
            _ => RunTiming.TooLongAgo,
        };
    }

    /// <summary>Why a run for <paramref name="period"/> cannot be previewed or committed today; null when it can.</summary>
    public static string? Refusal(PaymentCalendar calendar, PaymentPeriod period, DateOnly today)
    {
        var current = calendar?.PeriodContaining(today) ?? throw new ArgumentNullException(nameof(calendar));
        return TimingOf(calendar, period, today) switch
        {
            RunTiming.TooFarAhead =>
                $"A run can be for this period (from {Day(current.Start)}) or the next one (from {Day(current.Next.Start)}), not the period from {Day(period.Start)}. Payments are made 4 weeks at a time, in advance, never further ahead.",
            RunTiming.TooLongAgo =>
                $"The period from {Day(period.Start)} ended too long ago to pay in a run. Only the period before this one (from {Day(current.Previous.Start)}) can be paid late, with a reason.",
            _ => null,
        };
    }

    /// <summary>
    /// Why the reason given for a late run will not do; null when it will, or when the run is not late and needs none.
    /// </summary>
    public static string? ReasonRefusal(PaymentCalendar calendar, PaymentPeriod period, DateOnly today, string? reason)
    {
        if (TimingOf(calendar, period, today) != RunTiming.Late)
        {
            return null;
        }

        var words = (reason ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));
        return true switch
        {
            _ when words == 0 => $"Enter why the period from {Day(period.Start)} is being paid late",
            _ when words < ReasonMinimumWords => $"Say why the period from {Day(period.Start)} is being paid late in at least {ReasonMinimumWords} words",
            _ when reason!.Trim().Length > ReasonMaximumLength => $"Reason for paying late must be {ReasonMaximumLength} characters or fewer",
            _ => null,
        };
    }

    /// <summary>Refuses a commit for a period outside the window, or a late one without a reason that will do.</summary>
    public static void Check(PaymentCalendar calendar, PaymentPeriod period, DateOnly today, string? reason)
    {
        if ((Refusal(calendar, period, today) ?? ReasonRefusal(calendar, period, today, reason)) is { } refusal)
        {
            throw new DomainException(refusal);
        }
    }

    private static string Day(DateOnly day) => day.ToString("d MMMM yyyy", English);
}

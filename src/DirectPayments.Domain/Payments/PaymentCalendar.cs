using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Payments;

/// <summary>One 4-weekly payment period: 28 days from its first day.</summary>
public readonly record struct PaymentPeriod(DateOnly Start)
{
    public const int Days = 28;

    public DateOnly End => Start.AddDays(Days - 1);

    public bool Contains(DateOnly day) => day >= Start && day <= End;

    public PaymentPeriod Next => new(Start.AddDays(Days));

    public PaymentPeriod Previous => new(Start.AddDays(-Days));

    public override string ToString() => $"{Start:d MMM yyyy} to {End:d MMM yyyy}";
}

/// <summary>
/// The council's payment calendar: 4-weekly periods counted from one anchor date (a setting), so that every direct
/// payment is paid in the same run, in advance, at the start of each period.
/// </summary>
public sealed record PaymentCalendar(DateOnly Anchor)
{
    public PaymentPeriod PeriodContaining(DateOnly day)
    {
        var offset = day.DayNumber - Anchor.DayNumber;
        var periods = offset >= 0 ? offset / PaymentPeriod.Days : -((-offset + PaymentPeriod.Days - 1) / PaymentPeriod.Days);
        return new PaymentPeriod(Anchor.AddDays(periods * PaymentPeriod.Days));
    }

    /// <summary>Whether the day is the first day of a period (a run can only be for a whole period).</summary>
    /// <remarks>Counted in days from the anchor, so that a day near the ends of the calendar (1 January 0001) is answered, not thrown on.</remarks>
    public bool StartsPeriod(DateOnly day) => (day.DayNumber - Anchor.DayNumber) % PaymentPeriod.Days == 0;

    public PaymentPeriod Parse(DateOnly start) =>
        StartsPeriod(start) ? new PaymentPeriod(start) : throw new DomainException($"{start:d MMMM yyyy} is not the first day of a payment period.");
}

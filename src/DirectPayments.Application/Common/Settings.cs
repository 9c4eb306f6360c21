using DirectPayments.Domain.Reviews;

namespace DirectPayments.Application.Common;

/// <summary>The council's payment calendar setting: the first day of one 4-weekly period.</summary>
public sealed class PaymentOptions
{
    public DateOnly CalendarAnchor { get; set; } = new(2026, 4, 6);
}

/// <summary>The "Reviews" settings: when reviews fall due (never later than DP Regs reg 7 allows), and notice periods.</summary>
public sealed class ReviewOptions
{
    public int FirstWithinMonths { get; set; } = ReviewSchedule.LegalFirstWithinMonths;

    public int ThenEveryMonths { get; set; } = ReviewSchedule.LegalThenEveryMonths;

    public int DueSoonDays { get; set; } = 28;

    /// <summary>The time a notice of recovery gives the person to answer, as the reviewer's form suggests it.</summary>
    public int NoticeResponseDays { get; set; } = 28;

    /// <summary>The council's schedule; the law's limits are checked by <see cref="ReviewSchedule"/>.</summary>
    public ReviewSchedule ToSchedule() => new(FirstWithinMonths, ThenEveryMonths, DueSoonDays);
}

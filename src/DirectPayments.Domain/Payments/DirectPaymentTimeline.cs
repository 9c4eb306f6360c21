using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Payments;

/// <summary>A direct payment's terms and status on a run of days when neither changes.</summary>
public sealed record TimelineSegment(DateOnly From, DateOnly To, PaymentTerms Terms, DirectPaymentStatus Status)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    public Money WeeklyPayment => Status == DirectPaymentStatus.Active ? Terms.WeeklyPayment : Money.Zero;

    /// <summary>What the council invoices the person a week on these days: their contribution while active on a gross basis.</summary>
    public Money WeeklyInvoiced => Status == DirectPaymentStatus.Active ? Terms.WeeklyInvoiced : Money.Zero;
}

/// <summary>
/// What a period's due is worked out for: the council's payment into the account, or the contribution it invoices the
/// person for on a gross direct payment. Both are day by day at the terms in force; a payment's part week is rounded as a
/// payment is (up, in the adult's favour), an invoice's as a charge is (down).
/// </summary>
public enum DueOf
{
    Payment,
    InvoicedContribution,
}

/// <summary>Part of a period's payment: the days at one weekly amount, and how it was worked out.</summary>
public sealed record DueLine(DateOnly From, DateOnly To, int Days, Money Weekly, Money Amount)
{
    /// <summary>
    /// The sentence that shows the sum. Written when asked, from the line itself: a run works out thousands of lines
    /// and a preview shows a page of them.
    /// </summary>
    public string Working => Days % 7 == 0
        ? $"{Days / 7} {(Days == 7 ? "week" : "weeks")} from {From:d MMM yyyy} to {To:d MMM yyyy} × {Weekly} = {Amount}."
        : $"{Days} {(Days == 1 ? "day" : "days")} from {From:d MMM yyyy} to {To:d MMM yyyy}: {Weekly} × {Days} ÷ 7 = {Amount}.";
}

/// <summary>What a direct payment is due for one period on its terms as they are now known, day by day.</summary>
public sealed record PeriodDue(PaymentPeriod Period, IReadOnlyList<DueLine> Lines)
{
    public Money Total => Lines.Select(l => l.Amount).Sum();

    public DateOnly? From => Lines.Count == 0 ? null : Lines[0].From;

    public DateOnly? To => Lines.Count == 0 ? null : Lines[^1].To;
}

/// <summary>
/// A direct payment's life, worked out from its changes: its terms and status on any day, what any period is due at
/// the terms in force on each of its days (pro-rata by day where a change falls inside it), and the next change to come.
/// Of two changes from the same day the one recorded later wins; a change of terms and a change of status are folded
/// separately, so a backdated reassessment reaches the days after a suspension ends.
/// </summary>
public sealed class DirectPaymentTimeline
{
    private readonly List<DirectPaymentChange> _changes;

    public DirectPaymentTimeline(IEnumerable<DirectPaymentChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        _changes = [.. changes.OrderBy(c => c.EffectiveFrom).ThenBy(c => c.Number)];
        var start = _changes.Find(c => c.Kind == DirectPaymentChangeKind.Started)
            ?? throw new DomainException("A direct payment's changes must begin with its start.");
        if (_changes.Exists(c => c.EffectiveFrom < start.EffectiveFrom))
        {
            throw new DomainException("No change to a direct payment can take effect before it starts.");
        }

        Start = start.EffectiveFrom;
    }

    public DateOnly Start { get; }

    /// <summary>Oldest first, as they take effect.</summary>
    public IReadOnlyList<DirectPaymentChange> Changes => _changes;

    /// <summary>The last day the direct payment covers, when it has an end that nothing later undoes.</summary>
    public DateOnly? LastDay => _changes.LastOrDefault(c => c.Status is not null) is { Kind: DirectPaymentChangeKind.Ended } end ? end.EffectiveFrom.AddDays(-1) : null;

    /// <summary>Why the direct payment ended, when it has an end that nothing later undoes.</summary>
    public EndReason? EndedBecause => LastDay is null ? null : _changes.Last(c => c.Status is not null).EndReason;

    public int NextNumber => _changes.Count == 0 ? 1 : _changes.Max(c => c.Number) + 1;

    /// <summary>The terms and status on a day; null before the start.</summary>
    public (PaymentTerms Terms, DirectPaymentStatus Status)? On(DateOnly day)
    {
        if (day < Start)
        {
            return null;
        }

        var upTo = _changes.Where(c => c.EffectiveFrom <= day).ToList();
        return (upTo.Last(c => c.Terms is not null).Terms!, upTo.Last(c => c.Status is not null).Status!.Value);
    }

    /// <summary>The first change to take effect after <paramref name="day"/>, if one is already recorded.</summary>
    public DirectPaymentChange? NextChangeAfter(DateOnly day) => _changes.FirstOrDefault(c => c.EffectiveFrom > day);

    /// <summary>The runs of days from <paramref name="from"/> to <paramref name="to"/> (from the start at the earliest) on which nothing changes.</summary>
    public IReadOnlyList<TimelineSegment> Between(DateOnly from, DateOnly to)
    {
        var first = from < Start ? Start : from;
        var segments = new List<TimelineSegment>();
        if (to < first)
        {
            return segments;
        }

        var boundaries = _changes.Select(c => c.EffectiveFrom).Where(d => d > first && d <= to).Distinct().Order().ToList();
        var segmentStart = first;
        foreach (var boundary in boundaries.Append(to.AddDays(1)))
        {
            var (terms, status) = On(segmentStart)!.Value;
            var last = boundary.AddDays(-1);
            if (segments.Count > 0 && segments[^1].Terms == terms && segments[^1].Status == status)
            {
                segments[^1] = segments[^1] with { To = last };
            }
            else
            {
                segments.Add(new TimelineSegment(segmentStart, last, terms, status));
            }

            segmentStart = boundary;
        }

        return segments;
    }

    /// <summary>
    /// What <paramref name="period"/> is due at the terms in force on each of its days: whole weeks at a weekly
    /// amount, and a part of a week pro-rata by day (rounded as the council's rule says, in one place). Days suspended,
    /// ended or before the start are due nothing. <paramref name="from"/> pays from an earlier day than the period's
    /// first (a first payment that covers the days before its period). <paramref name="of"/> says whether the payment
    /// or the invoiced contribution is due.
    /// </summary>
    public PeriodDue DueFor(PaymentPeriod period, RoundingRule rounding, DateOnly? from = null, DueOf of = DueOf.Payment)
    {
        var lines = new List<DueLine>();
        var direction = of == DueOf.Payment ? MoneyRounding.ForPayment(rounding) : MoneyRounding.ForCharge(rounding);
        foreach (var segment in Between(from is { } early && early < period.Start ? early : period.Start, period.End).Where(s => s.Status == DirectPaymentStatus.Active))
        {
            var weekly = of == DueOf.Payment ? segment.WeeklyPayment : segment.WeeklyInvoiced;
            var amount = segment.Days % 7 == 0
                ? weekly.Times(segment.Days / 7)
                : MoneyRounding.Round(weekly.Pounds * segment.Days / 7m, direction);
            lines.Add(new DueLine(segment.From, segment.To, segment.Days, weekly, amount));
        }

        return new PeriodDue(period, lines);
    }
}

using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Reviews;

/// <summary>
/// Money still owed from the account for care already received, kind by kind, as a reviewer checks it against
/// timesheets, payslips, HMRC's records and invoices. It stays in the account to be paid, so it is never a surplus;
/// at an end it is what the person's employer duties leave to settle (wages, holiday pay, tax, redundancy).
/// </summary>
public sealed record CommittedLiabilities
{
    public CommittedLiabilities(Money wages, Money holidayPay, Money taxAndNationalInsurance, Money redundancyPay, Money other)
    {
        foreach (var (amount, what) in new[] { (wages, "Wages owed"), (holidayPay, "Holiday pay owed"), (taxAndNationalInsurance, "Tax and National Insurance owed"), (redundancyPay, "Redundancy pay owed"), (other, "Other money owed") })
        {
            Guard.NotNegative(amount, what);
        }

        (Wages, HolidayPay, TaxAndNationalInsurance, RedundancyPay, Other) = (wages, holidayPay, taxAndNationalInsurance, redundancyPay, other);
    }

    public static CommittedLiabilities None { get; } = new(Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero);

    /// <summary>Personal assistants' wages earned and not yet paid.</summary>
    public Money Wages { get; }

    /// <summary>Holiday pay the personal assistants have built up and not taken.</summary>
    public Money HolidayPay { get; }

    /// <summary>PAYE tax and National Insurance owed to HMRC (and pension contributions with them).</summary>
    public Money TaxAndNationalInsurance { get; }

    /// <summary>Redundancy pay owed when the employment ends with the direct payment.</summary>
    public Money RedundancyPay { get; }

    /// <summary>Anything else owed, such as an agency's or a supplier's unpaid invoice.</summary>
    public Money Other { get; }

    public Money Total => Wages + HolidayPay + TaxAndNationalInsurance + RedundancyPay + Other;

    /// <summary>The working's line: the total and each kind owed, in words.</summary>
    public string Describe(string? otherIs)
    {
        var parts = new[]
            {
                (Wages, "wages owed"), (HolidayPay, "holiday pay owed"), (TaxAndNationalInsurance, "tax and National Insurance owed to HMRC"),
                (RedundancyPay, "redundancy pay owed"),
                (Other, string.IsNullOrWhiteSpace(otherIs) ? "other money owed" : $"other money owed ({otherIs.Trim()})"),
            }
            .Where(p => p.Item1 > Money.Zero).Select(p => $"{p.Item2} {p.Item1}").ToList();
        return parts.Count == 0 ? "Committed liabilities: none." : $"Committed liabilities {Total}: {string.Join("; ", parts)}.";
    }
}

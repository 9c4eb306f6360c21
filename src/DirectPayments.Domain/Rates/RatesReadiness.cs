using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Rates;

/// <summary>What an administrator must do about a year's rates, and by when.</summary>
public sealed record RatesWarning(FinancialYear Year, bool Urgent, string Message);

/// <summary>
/// On 1 April every estimate, assessment and uprating needs the new year's rates. DHSC publishes them in its charging
/// circular early in the year, so from 1 February administrators are told what the next year still lacks; a year in
/// force without every rate is told at once, because nothing can be worked out in it.
/// </summary>
public static class RatesReadiness
{
    /// <summary>The day of the year from which the next year's rates are asked for.</summary>
    public static DateOnly WarnFrom(FinancialYear next) => new(next.StartYear, 2, 1);

    public static IReadOnlyList<RatesWarning> Check(DateOnly today, ChargingYear? current, ChargingYear? next)
    {
        var warnings = new List<RatesWarning>();
        var thisYear = FinancialYear.Containing(today);
        if (current is null || !current.HasEveryRate)
        {
            warnings.Add(new(thisYear, true, current is null
                ? $"There are no charging rates for {thisYear}, the year we are in. Estimates, financial assessments and uprating cannot be worked out until they are added."
                : $"The charging rates for {thisYear}, the year we are in, are not complete. Estimates, financial assessments and uprating cannot be worked out until every rate is added."));
        }

        var nextYear = thisYear.Next;
        if (today < WarnFrom(nextYear))
        {
            return warnings;
        }

        var deadline = $"before {nextYear.Start:d MMMM yyyy}";
        if (next is null)
        {
            warnings.Add(new(nextYear, false, $"Add the charging rates for {nextYear} {deadline}, from the DHSC charging circular."));
        }
        else if (!next.HasEveryRate)
        {
            warnings.Add(new(nextYear, false, $"The charging rates for {nextYear} are not complete: add the missing rates {deadline}."));
        }
        else if (next.Rates.Count(r => r.Status == RateStatus.Unconfirmed) is var unconfirmed and > 0)
        {
            warnings.Add(new(nextYear, false,
                $"{unconfirmed} of the charging rates for {nextYear} {(unconfirmed == 1 ? "is" : "are")} not yet confirmed: check {(unconfirmed == 1 ? "it" : "them")} against the DHSC charging circular {deadline}."));
        }

        return warnings;
    }
}

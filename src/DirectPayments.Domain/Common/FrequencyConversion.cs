namespace DirectPayments.Domain.Common;

/// <summary>
/// Converts amounts between frequencies. To weekly is exact decimal arithmetic: the caller rounds once,
/// through <see cref="MoneyRounding"/>, in the direction its rule needs.
/// </summary>
public static class FrequencyConversion
{
    public const int WeeksInFourWeeklyPeriod = 4;

    public const int WeeksInYear = 52;

    /// <summary>Weekly equivalent: monthly × 12 ÷ 52, four-weekly ÷ 4, annual ÷ 52.</summary>
    public static decimal ToWeekly(decimal amount, Frequency frequency) => frequency switch
    {
        Frequency.Weekly => amount,
        Frequency.FourWeekly => amount / WeeksInFourWeeklyPeriod,

        // Multiply before dividing so that whole-week amounts stay exact.
        Frequency.Monthly => amount * 12m / WeeksInYear,
        Frequency.Annual => amount / WeeksInYear,
        _ => throw new DomainException($"Unknown frequency {frequency}."),
    };

    public static Money ToFourWeekly(Money weekly) => weekly.Times(WeeksInFourWeeklyPeriod);

    public static decimal ToFourWeekly(decimal weekly) => weekly * WeeksInFourWeeklyPeriod;

    /// <summary>52 weeks of a weekly amount (the usual billing year, not 365 days).</summary>
    public static Money ToAnnual(Money weekly) => weekly.Times(WeeksInYear);

    public static decimal ToAnnual(decimal weekly) => weekly * WeeksInYear;

    /// <summary>Plain words for the working, e.g. "a month".</summary>
    public static string Describe(Frequency frequency) => frequency switch
    {
        Frequency.Weekly => "a week",
        Frequency.FourWeekly => "every 4 weeks",
        Frequency.Monthly => "a month",
        Frequency.Annual => "a year",
        _ => frequency.ToString(),
    };
}

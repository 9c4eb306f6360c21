using DirectPayments.Application.Common;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Rates;

namespace DirectPayments.Web.Words;

/// <summary>The national rates by the names the DHSC circular gives them, and how sure the council is of each.</summary>
public static class RateWords
{
    public static string Of(RateKey key) => DisplayNames.Of(key);

    /// <summary>What a line of a year's history changed: a rate, or the council's policy.</summary>
    public static string Of(RateKey? key) => key is { } rate ? Of(rate) : "Policy";

    public static string Colour(RateStatus status) => status switch
    {
        RateStatus.Confirmed => "green",
        RateStatus.Derived => "yellow",
        _ => "red",
    };

    public static bool IsCapitalLimit(RateKey key) => key is RateKey.LowerCapitalLimit or RateKey.UpperCapitalLimit or RateKey.TariffStep;

    public static string Amount(RateEntry rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return IsCapitalLimit(rate.Key) ? rate.Amount.ToString() : $"{rate.Amount} a week";
    }
}

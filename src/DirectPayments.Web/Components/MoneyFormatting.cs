using System.Globalization;
using DirectPayments.Domain.Common;

namespace DirectPayments.Web.Components;

/// <summary>
/// Money as the service shows it: pounds in en-GB with the £ sign and pence, "£1,234.56", "-£20.00".
/// In a view: <c>@Model.WeeklyAmount.ToMoney()</c>. The one place that decides how money looks.
/// </summary>
public static class MoneyFormatting
{
    /// <summary>en-GB, whatever the server's or the request's culture.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"£1,234.56"; negative amounts "-£1,234.56". Rounded to pence, half away from zero.</summary>
    public static string Format(decimal amount) =>
        Math.Round(amount, 2, MidpointRounding.AwayFromZero).ToString("C2", Culture);

    /// <summary>The amount as money: "£1,234.56".</summary>
    public static string ToMoney(this decimal amount) => Format(amount);

    /// <summary>The amount as money, or <paramref name="whenNone"/> (empty by default) when there is none.</summary>
    public static string ToMoney(this decimal? amount, string whenNone = "") =>
        amount is { } value ? Format(value) : whenNone;
}

/// <summary>Dates as GOV.UK writes them: "27 March 2026" (no leading zero, month in full).</summary>
public static class DateFormatting
{
    /// <summary>"27 March 2026".</summary>
    public static string ToGovUkDate(this DateOnly date) => date.ToString("d MMMM yyyy", MoneyFormatting.Culture);

    /// <summary>"27 March 2026", or <paramref name="whenNone"/> when there is no date.</summary>
    public static string ToGovUkDate(this DateOnly? date, string whenNone = "") =>
        date is { } value ? value.ToGovUkDate() : whenNone;

    /// <summary>"27 March 2026" (the date part only).</summary>
    public static string ToGovUkDate(this DateTime dateTime) => DateOnly.FromDateTime(dateTime).ToGovUkDate();

    /// <summary>"27 March 2026": the council's date at a stored moment (stored moments are UTC; the council is in the UK).</summary>
    public static string ToGovUkDate(this DateTimeOffset moment, CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.DateOf(moment).ToGovUkDate();
    }

    /// <summary>"27 Mar 2026 14:05" (or the month in full): a stored moment on the council's wall clock.</summary>
    public static string ToGovUkDateTime(this DateTimeOffset moment, CouncilClock clock, bool fullMonth = false)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.Local(moment).ToString(fullMonth ? "d MMMM yyyy HH:mm" : "d MMM yyyy HH:mm", MoneyFormatting.Culture);
    }

    /// <summary>
    /// Days from one date to another, the months short, for tables: "16 Nov to 13 Dec 2026"; "14 Dec 2026 to 10 Jan
    /// 2027" across a new year (each year said, so neither day is read in the wrong one); "10 Dec 2026" for one day.
    /// </summary>
    public static string ToShortGovUkDays(this DateOnly from, DateOnly to) =>
        from == to ? to.ToString("d MMM yyyy", MoneyFormatting.Culture)
        : from.Year == to.Year ? $"{from.ToString("d MMM", MoneyFormatting.Culture)} to {to.ToString("d MMM yyyy", MoneyFormatting.Culture)}"
        : $"{from.ToString("d MMM yyyy", MoneyFormatting.Culture)} to {to.ToString("d MMM yyyy", MoneyFormatting.Culture)}";

    /// <summary>"27 Mar 2026": a stored moment's council date, the month short, for tables.</summary>
    public static string ToShortGovUkDate(this DateTimeOffset moment, CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.DateOf(moment).ToString("d MMM yyyy", MoneyFormatting.Culture);
    }
}

using System.Globalization;

namespace DirectPayments.Application.Common;

/// <summary>Days as the council writes them in letters, audit lines and the person's account: "14 December 2026".</summary>
public static class DateWords
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"14 December 2026".</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", English);

    /// <summary>"14 December 2026 to 10 January 2027".</summary>
    public static string Days(DateOnly from, DateOnly to) => $"{Day(from)} to {Day(to)}";
}

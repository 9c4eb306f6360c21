using System.Globalization;

namespace DirectPayments.Web.Components;

/// <summary>One of the three boxes of a GOV.UK date input.</summary>
[Flags]
public enum DateInputPart
{
    None = 0,
    Day = 1,
    Month = 2,
    Year = 4,
    All = Day | Month | Year,
}

/// <summary>What is wrong with the three parts of a date as a person typed them.</summary>
public enum DateInputProblem
{
    /// <summary>A real date.</summary>
    None,

    /// <summary>All three boxes are empty: no answer (whether one is needed is for the validator).</summary>
    Blank,

    /// <summary>Some boxes are empty ("… must include a month").</summary>
    Incomplete,

    /// <summary>The year does not have 4 numbers ("Year must include 4 numbers").</summary>
    YearNotFourDigits,

    /// <summary>Not a date that exists, such as 31 2 2026, or not numbers ("… must be a real date").</summary>
    NotReal,
}

/// <summary>The result of reading a date typed into the three boxes of a GOV.UK date input.</summary>
/// <param name="Problem">What is wrong, if anything.</param>
/// <param name="Date">The date, when <paramref name="Problem"/> is <see cref="DateInputProblem.None"/>.</param>
/// <param name="InvalidParts">The boxes to highlight: the empty ones, the year, or all three.</param>
public sealed record DateInputResult(DateInputProblem Problem, DateOnly? Date, DateInputPart InvalidParts);

/// <summary>
/// Reads the day, month and year of a GOV.UK date input, the way the GOV.UK Design System asks:
/// surrounding spaces are ignored, and a month may also be a name ("March", "mar").
/// Used both by <see cref="DateOnlyInputModelBinder"/> (for the error message) and by the date input
/// tag helper and error summary (to know which boxes to highlight and link to).
/// </summary>
public static class DateInputParts
{
    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>The suffix of a part's name and id ("Day", "Month", "Year").</summary>
    public static string NameOf(DateInputPart part) => part switch
    {
        DateInputPart.Day => "Day",
        DateInputPart.Month => "Month",
        DateInputPart.Year => "Year",
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "One part only."),
    };

    /// <summary>The first part to highlight, for the error summary's link: day, then month, then year.</summary>
    public static DateInputPart FirstOf(DateInputPart parts) =>
        parts.HasFlag(DateInputPart.Day) ? DateInputPart.Day
        : parts.HasFlag(DateInputPart.Month) ? DateInputPart.Month
        : parts.HasFlag(DateInputPart.Year) ? DateInputPart.Year
        : DateInputPart.Day;

    public static DateInputResult Read(string? day, string? month, string? year)
    {
        day = day?.Trim();
        month = month?.Trim();
        year = year?.Trim();

        var missing = DateInputPart.None;
        if (string.IsNullOrEmpty(day))
        {
            missing |= DateInputPart.Day;
        }

        if (string.IsNullOrEmpty(month))
        {
            missing |= DateInputPart.Month;
        }

        if (string.IsNullOrEmpty(year))
        {
            missing |= DateInputPart.Year;
        }

        if (missing == DateInputPart.All)
        {
            return new DateInputResult(DateInputProblem.Blank, null, DateInputPart.All);
        }

        if (missing != DateInputPart.None)
        {
            return new DateInputResult(DateInputProblem.Incomplete, null, missing);
        }

        if (!TryNumber(day!, out var d) || !TryMonth(month!, out var m) || !TryNumber(year!, out var y))
        {
            return new DateInputResult(DateInputProblem.NotReal, null, DateInputPart.All);
        }

        if (year!.Length != 4)
        {
            return new DateInputResult(DateInputProblem.YearNotFourDigits, null, DateInputPart.Year);
        }

        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return new DateInputResult(DateInputProblem.NotReal, null, DateInputPart.All);
        }

        return new DateInputResult(DateInputProblem.None, new DateOnly(y, m, d), DateInputPart.None);
    }

    /// <summary>
    /// The message for a problem, in the GOV.UK style, where <paramref name="name"/> is the field's name
    /// as it reads at the start of a sentence ("Start date"). Null for no problem and for a blank date.
    /// </summary>
    public static string? MessageFor(DateInputResult result, string name)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Problem switch
        {
            DateInputProblem.Incomplete => $"{GovUkText.UpperFirst(name)} must include a {Describe(result.InvalidParts)}",
            DateInputProblem.YearNotFourDigits => "Year must include 4 numbers",
            DateInputProblem.NotReal => $"{GovUkText.UpperFirst(name)} must be a real date",
            _ => null,
        };
    }

    private static string Describe(DateInputPart parts)
    {
        var words = new List<string>(3);
        if (parts.HasFlag(DateInputPart.Day))
        {
            words.Add("day");
        }

        if (parts.HasFlag(DateInputPart.Month))
        {
            words.Add("month");
        }

        if (parts.HasFlag(DateInputPart.Year))
        {
            words.Add("year");
        }

        return string.Join(" and ", words);
    }

    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool TryMonth(string text, out int value)
    {
        if (TryNumber(text, out value))
        {
            return true;
        }

        // "March", "mar", "Sept": a month name, whole or its first 3 or more letters.
        var lower = text.ToLowerInvariant();
        if (lower.Length >= 3)
        {
            for (var i = 0; i < MonthNames.Length; i++)
            {
                if (MonthNames[i].StartsWith(lower, StringComparison.Ordinal))
                {
                    value = i + 1;
                    return true;
                }
            }
        }

        value = 0;
        return false;
    }
}

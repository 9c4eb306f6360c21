using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DirectPayments.Domain.Common;

/// <summary>An English local-government financial year, 1 April to 31 March, written "2025-26".</summary>
public readonly record struct FinancialYear : IComparable<FinancialYear>, IComparable, IParsable<FinancialYear>
{
    private const int FirstStartYear = 1900;
    private const int LastStartYear = 9998;

    public FinancialYear(int startYear)
    {
        if (startYear is < FirstStartYear or > LastStartYear)
        {
            throw new DomainException($"A financial year must start between {FirstStartYear} and {LastStartYear} (was {startYear}).");
        }

        StartYear = startYear;
    }

    /// <summary>The calendar year in which the financial year starts (2025 for 2025-26).</summary>
    public int StartYear { get; }

    public DateOnly Start => new(StartYear, 4, 1);

    public DateOnly End => new(StartYear + 1, 3, 31);

    public FinancialYear Next => new(StartYear + 1);

    public FinancialYear Previous => new(StartYear - 1);

    /// <summary>The first day of the first financial year there can be (1 April 1900).</summary>
    public static DateOnly FirstDay => new(FirstStartYear, 4, 1);

    /// <summary>The last day of the last financial year there can be (31 March 9999).</summary>
    public static DateOnly LastDay => new(LastStartYear + 1, 3, 31);

    /// <summary>Whether the date falls in a financial year there can be; <see cref="Containing"/> refuses any other.</summary>
    public static bool CanContain(DateOnly date) => date >= FirstDay && date <= LastDay;

    public static FinancialYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Reads "2025-26" (or "2025/26"); the second part must be the year after the first.</summary>
    public static FinancialYear Parse(string text) =>
        TryParse(text, out var year) ? year : throw new DomainException($"'{text}' is not a financial year such as 2025-26.");

    public static FinancialYear Parse(string s, IFormatProvider? provider) => Parse(s);

    public static bool TryParse([NotNullWhen(true)] string? text, out FinancialYear result)
    {
        result = default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length != 7 || (trimmed[4] != '-' && trimmed[4] != '/'))
        {
            return false;
        }

        if (!int.TryParse(trimmed[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(trimmed[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var endTwoDigits)
            || start is < FirstStartYear or > LastStartYear
            || endTwoDigits != (start + 1) % 100)
        {
            return false;
        }

        result = new FinancialYear(start);
        return true;
    }

    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out FinancialYear result) =>
        TryParse(s, out result);

    public static bool operator <(FinancialYear left, FinancialYear right) => left.StartYear < right.StartYear;

    public static bool operator >(FinancialYear left, FinancialYear right) => left.StartYear > right.StartYear;

    public static bool operator <=(FinancialYear left, FinancialYear right) => left.StartYear <= right.StartYear;

    public static bool operator >=(FinancialYear left, FinancialYear right) => left.StartYear >= right.StartYear;

    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        FinancialYear other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a FinancialYear.", nameof(obj)),
    };

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{(StartYear + 1) % 100:D2}");
}

using System.Globalization;

namespace DirectPayments.Domain.Common;

/// <summary>
/// An amount of money in pounds sterling, always a whole number of pence.
/// Anything that would produce a fraction of a penny must go through <see cref="MoneyRounding"/>.
/// </summary>
public readonly record struct Money : IComparable<Money>, IComparable
{
    private readonly decimal _pounds;

    // Callers guarantee whole pence; the scale is normalised to 2 so that Pounds always reads as 0.00.
    private Money(decimal pounds) => _pounds = decimal.Round(pounds * 1.00m, 2);

    public static Money Zero => default;

    public decimal Pounds => _pounds;

    public long Pence => decimal.ToInt64(_pounds * 100m);

    /// <summary>Pounds with no more than two decimal places; a fraction of a penny is refused.</summary>
    public static Money FromPounds(decimal pounds) =>
        decimal.Round(pounds, 2) == pounds
            ? new Money(pounds)
            : throw new DomainException(
                $"£{pounds.ToString(CultureInfo.InvariantCulture)} has a fraction of a penny; round it with MoneyRounding first.");

    public static Money FromPence(long pence) => new(pence / 100m);

    public static Money operator +(Money left, Money right) => new(left._pounds + right._pounds);

    public static Money operator -(Money left, Money right) => new(left._pounds - right._pounds);

    public static Money operator -(Money value) => new(-value._pounds);

    public static bool operator <(Money left, Money right) => left._pounds < right._pounds;

    public static bool operator >(Money left, Money right) => left._pounds > right._pounds;

    public static bool operator <=(Money left, Money right) => left._pounds <= right._pounds;

    public static bool operator >=(Money left, Money right) => left._pounds >= right._pounds;

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public static Money Negate(Money value) => -value;

    public static Money Max(Money first, Money second) => first >= second ? first : second;

    public static Money Min(Money first, Money second) => first <= second ? first : second;

    public static Money Sum(IEnumerable<Money> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = 0m;
        foreach (var amount in amounts)
        {
            total += amount._pounds;
        }

        return new Money(total);
    }

    /// <summary>Multiplies by a whole number, which is always exact (e.g. weekly × 4 or × 52).</summary>
    public Money Times(int multiplier) => new(_pounds * multiplier);

    public int CompareTo(Money other) => _pounds.CompareTo(other._pounds);

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException("Object must be Money.", nameof(obj)),
    };

    /// <summary>"£1,234.56" or "-£5.00", the same whatever the machine's culture.</summary>
    public override string ToString()
    {
        var digits = Math.Abs(_pounds).ToString("N2", CultureInfo.InvariantCulture);
        return _pounds < 0m ? "-£" + digits : "£" + digits;
    }
}

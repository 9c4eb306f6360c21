namespace DirectPayments.Domain.Common;

/// <summary>Argument checks that throw <see cref="DomainException"/> with a message a reviewer can act on.</summary>
internal static class Guard
{
    public static Money NotNegative(Money amount, string name) =>
        amount < Money.Zero ? throw new DomainException($"{name} must not be negative (was {amount}).") : amount;

    public static Money? NotNegative(Money? amount, string name) =>
        amount is { } value ? NotNegative(value, name) : null;

    public static int NotNegative(int value, string name) =>
        value < 0 ? throw new DomainException($"{name} must not be negative (was {value}).") : value;

    public static decimal NotNegative(decimal value, string name) =>
        value < 0m ? throw new DomainException($"{name} must not be negative (was {value}).") : value;

    /// <summary>An ownership share, from 0 (none) to 1 (all of it).</summary>
    public static decimal Share(decimal share, string name) =>
        share is < 0m or > 1m ? throw new DomainException($"{name} must be between 0 and 1 (was {share}).") : share;

    public static decimal? Share(decimal? share, string name) =>
        share is { } value ? Share(value, name) : null;

    public static decimal Percent(decimal percent, string name) =>
        percent is < 0m or > 100m ? throw new DomainException($"{name} must be between 0 and 100 (was {percent}).") : percent;

    public static T Defined<T>(T value, string name)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new DomainException($"{name} has an unknown value {value}.");
}

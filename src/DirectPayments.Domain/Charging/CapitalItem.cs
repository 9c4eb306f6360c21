using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>
/// One capital asset. <paramref name="Share"/> is the person's share: each joint owner is treated as owning an
/// equal share (reg 24), so 0.5 for a couple's joint account.
/// </summary>
public sealed record CapitalItem(CapitalType Type, Money Amount, decimal Share = 1.0m)
{
    public CapitalType Type { get; } = Guard.Defined(Type, "Capital type");

    public Money Amount { get; } = Guard.NotNegative(Amount, $"{Type} amount");

    public decimal Share { get; } = Guard.Share(Share, $"{Type} share");
}

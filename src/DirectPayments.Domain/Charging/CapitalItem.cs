using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>
/// One capital asset at its current market or surrender value. <paramref name="Share"/> is the person's share: each
/// joint owner is treated as owning an equal share (reg 27), so 0.5 for a couple's joint account.
/// <paramref name="SecuredDebt"/> is any debt secured on the asset (a mortgage or a charge), taken off its value (reg 23).
/// </summary>
public sealed record CapitalItem(CapitalType Type, Money Amount, decimal Share = 1.0m, Money SecuredDebt = default)
{
    public CapitalType Type { get; } = Guard.Defined(Type, "Capital type");

    public Money Amount { get; } = Guard.NotNegative(Amount, $"{Type} amount");

    public decimal Share { get; } = Guard.Share(Share, $"{Type} share");

    public Money SecuredDebt { get; } = Guard.NotNegative(SecuredDebt, $"{Type} secured debt");
}

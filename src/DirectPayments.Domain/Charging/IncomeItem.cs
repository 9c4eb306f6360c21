using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>
/// One income of the person being assessed, net of tax and NI, at the frequency it is paid.
/// <paramref name="Share"/> is the person's share of income received jointly (Annex C presumes an equal share).
/// </summary>
public sealed record IncomeItem(IncomeType Type, Money Amount, Frequency Frequency, decimal Share = 1.0m)
{
    public IncomeType Type { get; } = Guard.Defined(Type, "Income type");

    public Money Amount { get; } = Guard.NotNegative(Amount, $"{Type} amount");

    public Frequency Frequency { get; } = Guard.Defined(Frequency, "Income frequency");

    public decimal Share { get; } = Guard.Share(Share, $"{Type} share");
}

using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>
/// One housing cost, gross (before Housing Benefit or Council Tax Reduction, which the calculation deducts).
/// A null <paramref name="Share"/> means all of it for a single person, or the council's couple share for a couple.
/// </summary>
public sealed record HousingCost(HousingCostType Type, Money Amount, Frequency Frequency, decimal? Share = null)
{
    public HousingCostType Type { get; } = Guard.Defined(Type, "Housing cost type");

    public Money Amount { get; } = Guard.NotNegative(Amount, $"{Type} amount");

    public Frequency Frequency { get; } = Guard.Defined(Frequency, "Housing cost frequency");

    public decimal? Share { get; } = Guard.Share(Share, $"{Type} share");
}

namespace DirectPayments.Domain.Common;

/// <summary>The one place where fractions of a penny are settled.</summary>
public static class MoneyRounding
{
    public static Money Round(decimal pounds, RoundingDirection direction) => Money.FromPounds(direction switch
    {
        RoundingDirection.Down => decimal.Round(pounds, 2, MidpointRounding.ToNegativeInfinity),
        RoundingDirection.Up => decimal.Round(pounds, 2, MidpointRounding.ToPositiveInfinity),
        RoundingDirection.HalfUp => decimal.Round(pounds, 2, MidpointRounding.AwayFromZero),
        _ => throw new DomainException($"Unknown rounding direction {direction}."),
    });

    /// <summary>Direction for income and capital: down in the adult's favour.</summary>
    public static RoundingDirection ForIncome(RoundingRule rule) => Pick(rule, RoundingDirection.Down);

    /// <summary>Direction for allowances (MIG uplift, housing costs): up in the adult's favour.</summary>
    public static RoundingDirection ForAllowance(RoundingRule rule) => Pick(rule, RoundingDirection.Up);

    /// <summary>Direction for the charge itself: down in the adult's favour.</summary>
    public static RoundingDirection ForCharge(RoundingRule rule) => Pick(rule, RoundingDirection.Down);

    /// <summary>Direction for part of a payment (pro-rata): up in the adult's favour, so nobody is paid short.</summary>
    public static RoundingDirection ForPayment(RoundingRule rule) => Pick(rule, RoundingDirection.Up);

    private static RoundingDirection Pick(RoundingRule rule, RoundingDirection adultsFavour) => rule switch
    {
        RoundingRule.AdultsFavour => adultsFavour,
        RoundingRule.HalfUp => RoundingDirection.HalfUp,
        _ => throw new DomainException($"Unknown rounding rule {rule}."),
    };
}

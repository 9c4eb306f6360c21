namespace DirectPayments.Domain.Common;

/// <summary>A council's rule for fractions of a penny (Charging Regulations reg 11, "rounding of fractions").</summary>
public enum RoundingRule
{
    /// <summary>Each fraction goes the way that favours the adult: income and charges down, allowances up.</summary>
    AdultsFavour,

    /// <summary>Every fraction to the nearest penny, half a penny up.</summary>
    HalfUp,
}

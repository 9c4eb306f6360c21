namespace DirectPayments.Domain.Common;

/// <summary>How often an amount is paid or received.</summary>
public enum Frequency
{
    Weekly,
    FourWeekly,
    Monthly,
    Annual,
}

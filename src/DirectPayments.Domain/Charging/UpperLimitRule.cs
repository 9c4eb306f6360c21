namespace DirectPayments.Domain.Charging;

/// <summary>
/// When capital makes someone a full-cost payer. Reg 12 and Annex B say capital that exceeds the upper limit;
/// some councils say "at or above". The two differ only at exactly the limit (worked example V06).
/// </summary>
public enum UpperLimitRule
{
    Exceeds,
    AtOrAbove,
}

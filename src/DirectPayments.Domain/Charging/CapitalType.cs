namespace DirectPayments.Domain.Charging;

public enum CapitalType
{
    Savings,
    Investments,

    /// <summary>Land or buildings other than the main home.</summary>
    Property,
    MainHome,
    Other,
}

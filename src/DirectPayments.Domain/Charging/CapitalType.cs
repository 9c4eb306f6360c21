namespace DirectPayments.Domain.Charging;

public enum CapitalType
{
    Savings,
    Investments,

    /// <summary>Land or buildings other than the main home.</summary>
    Property,
    MainHome,
    Other,

    /// <summary>Personal possessions (furniture, jewellery, a car): always disregarded unless bought to avoid charges.</summary>
    PersonalPossessions,

    /// <summary>The surrender value of a life insurance policy or annuity: always disregarded.</summary>
    LifeInsuranceSurrenderValue,

    /// <summary>A trust holding personal injury compensation, or the compensation itself: always disregarded.</summary>
    PersonalInjuryTrust,
}

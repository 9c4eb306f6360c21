using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>Kinds of disability-related expenditure a council lists (Annex C paras 39-40).</summary>
public enum DisabilityRelatedExpenditureType
{
    Laundry,
    Heating,
    SpecialDiet,
    CommunityAlarm,
    Equipment,
    Transport,
    Cleaning,
    Gardening,

    /// <summary>Anything else the person shows they spend because of their disability, with evidence.</summary>
    Other,
}

/// <summary>One item of disability-related expenditure as claimed, at the frequency the person pays it.</summary>
public sealed record DisabilityRelatedExpenditureItem(DisabilityRelatedExpenditureType Type, Money Amount, Frequency Frequency)
{
    public DisabilityRelatedExpenditureType Type { get; } = Guard.Defined(Type, "Disability-related expenditure type");

    public Money Amount { get; } = Guard.NotNegative(Amount, $"{Type} amount");

    public Frequency Frequency { get; } = Guard.Defined(Frequency, $"{Type} frequency");
}

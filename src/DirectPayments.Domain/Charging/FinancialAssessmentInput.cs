using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>What the financial assessment needs to know about the cared-for person (only their own resources are assessed).</summary>
public sealed record FinancialAssessmentInput
{
    private readonly int _age;
    private readonly int _dependentChildren;
    private readonly IReadOnlyList<IncomeItem> _incomes = [];
    private readonly IReadOnlyList<CapitalItem> _capital = [];
    private readonly IReadOnlyList<HousingCost> _housingCosts = [];
    private readonly Money? _disabilityRelatedExpenditure;
    private readonly IReadOnlyList<DisabilityRelatedExpenditureItem> _disabilityRelatedExpenditureItems = [];
    private readonly Money _weeklyCostOfCare;
    private readonly Money _notionalCapital;

    public int Age
    {
        get => _age;
        init => _age = Guard.NotNegative(value, nameof(Age));
    }

    public bool PensionCreditAgeReached { get; init; }

    /// <summary>
    /// A member of a couple whose partner has reached pension credit age: the couple's pension-age MIG applies when one or
    /// both have (reg 7(4)(b)), while the person's own premiums still follow their own age.
    /// </summary>
    public bool PartnerPensionCreditAgeReached { get; init; }

    /// <summary>Member of a couple: the couple MIG rates apply to the person assessed.</summary>
    public bool Couple { get; init; }

    public bool LoneParent { get; init; }

    public int DependentChildren
    {
        get => _dependentChildren;
        init => _dependentChildren = Guard.NotNegative(value, nameof(DependentChildren));
    }

    /// <summary>Entitled to the disability premium under Income Support rules (not added at pension credit age).</summary>
    public bool DisabilityPremium { get; init; }

    /// <summary>Entitled to the enhanced disability premium (not added at pension credit age).</summary>
    public bool EnhancedDisabilityPremium { get; init; }

    public bool CarerPremium { get; init; }

    /// <summary>
    /// Whether night care is arranged for the person. When it is not, a council that chooses to may disregard the
    /// night-care element of the higher rate of Attendance Allowance, DLA care or PIP daily living.
    /// </summary>
    public bool NightCareArranged { get; init; } = true;

    /// <summary>The person chose not to give financial information: they pay the full cost.</summary>
    public bool DeclinedToDisclose { get; init; }

    public IReadOnlyList<IncomeItem> Incomes
    {
        get => _incomes;
        init => _incomes = [.. value];
    }

    public IReadOnlyList<CapitalItem> Capital
    {
        get => _capital;
        init => _capital = [.. value];
    }

    /// <summary>
    /// Capital the person is treated as still having because a case manager decided they deprived themselves of it to
    /// avoid charges (Annex E); added to their capital after disregards. <see cref="NotionalCapitalReason"/> says why.
    /// </summary>
    public Money NotionalCapital
    {
        get => _notionalCapital;
        init => _notionalCapital = Guard.NotNegative(value, nameof(NotionalCapital));
    }

    /// <summary>The case manager's reason for notional capital, in their words (shown in the working).</summary>
    public string? NotionalCapitalReason { get; init; }

    public IReadOnlyList<HousingCost> HousingCosts
    {
        get => _housingCosts;
        init => _housingCosts = [.. value];
    }

    /// <summary>
    /// Assessed weekly disability-related expenditure. Null means the council's standard allowance if a disability
    /// benefit (Attendance Allowance, DLA care, PIP daily living) is taken into account, otherwise £0.
    /// </summary>
    public Money? DisabilityRelatedExpenditure
    {
        get => _disabilityRelatedExpenditure;
        init => _disabilityRelatedExpenditure = Guard.NotNegative(value, nameof(DisabilityRelatedExpenditure));
    }

    /// <summary>
    /// Disability-related expenditure item by item, each allowed up to the council's standard allowance for it
    /// (<see cref="CouncilPolicy.DisabilityRelatedExpenditureAllowances"/>); used instead of
    /// <see cref="DisabilityRelatedExpenditure"/>, never with it.
    /// </summary>
    public IReadOnlyList<DisabilityRelatedExpenditureItem> DisabilityRelatedExpenditureItems
    {
        get => _disabilityRelatedExpenditureItems;
        init => _disabilityRelatedExpenditureItems = [.. value];
    }

    /// <summary>The weekly personal budget: what it costs the council to meet the eligible needs.</summary>
    public Money WeeklyCostOfCare
    {
        get => _weeklyCostOfCare;
        init => _weeklyCostOfCare = Guard.NotNegative(value, nameof(WeeklyCostOfCare));
    }
}

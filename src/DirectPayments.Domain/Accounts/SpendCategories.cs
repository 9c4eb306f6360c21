using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Accounts;

/// <summary>What spending paid for, as the support plan's lines are costed.</summary>
public enum SpendCategory
{
    PersonalAssistantWages,
    HmrcPayments,
    AgencyCare,
    DayActivities,
    RespiteOrShortBreaks,
    Equipment,
    Transport,
    Membership,
    Fees,
    Other,
}

/// <summary>Spending a reviewer should look at.</summary>
public enum SpendConcern
{
    None,
    CashWithdrawal,
    Gambling,
    Alcohol,
    HouseholdBills,
    UnknownMerchant,
}

/// <summary>
/// One of the council's rules for reading a card transaction: a merchant category code range, or words in the
/// merchant's name, give a spending category or a flag. Rules are data the council edits; the lowest priority number
/// that matches wins.
/// </summary>
public sealed class SpendCategoryRule : IAudited, IVersioned
{
    private SpendCategoryRule()
    {
        Name = string.Empty;
    }

    public SpendCategoryRule(string name, int priority, int? mccFrom, int? mccTo, string? merchantContains, SpendCategory? category, SpendConcern flag)
        : this()
    {
        Change(name, priority, mccFrom, mccTo, merchantContains, category, flag);
        Id = Guid.CreateVersion7();
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public int Priority { get; private set; }

    public int? MccFrom { get; private set; }

    public int? MccTo { get; private set; }

    public string? MerchantContains { get; private set; }

    public SpendCategory? Category { get; private set; }

    public SpendConcern Flag { get; private set; }

    public long Version { get; set; }

    Guid? IAudited.AuditCaseId => null;

    public void Change(string name, int priority, int? mccFrom, int? mccTo, string? merchantContains, SpendCategory? category, SpendConcern flag)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Name the rule.");
        }

        if (mccFrom is null && string.IsNullOrWhiteSpace(merchantContains))
        {
            throw new DomainException("A rule needs a merchant category code or words in the merchant's name.");
        }

        if (mccFrom is { } from && (from is < 0 or > 9999 || (mccTo is { } to && (to < from || to > 9999))))
        {
            throw new DomainException("Merchant category codes run from 0000 to 9999, the first no higher than the last.");
        }

        if (category is null && flag == SpendConcern.None)
        {
            throw new DomainException("A rule must give a category or a flag.");
        }

        Name = name.Trim();
        Priority = priority;
        MccFrom = mccFrom;
        MccTo = mccFrom is null ? null : mccTo ?? mccFrom;
        MerchantContains = string.IsNullOrWhiteSpace(merchantContains) ? null : merchantContains.Trim();
        Category = category;
        Flag = Guard.Defined(flag, nameof(flag));
    }

    public bool Matches(int? mcc, string? merchant) =>
        (MccFrom is null || (mcc is { } code && code >= MccFrom && code <= MccTo))
        && (MerchantContains is null || (merchant?.Contains(MerchantContains, StringComparison.OrdinalIgnoreCase) ?? false));
}

/// <summary>Reads spending against the council's rules; what no rule explains is flagged as an unknown merchant.</summary>
public sealed class SpendCategoriser
{
    private readonly SpendCategoryRule[] _rules;

    public SpendCategoriser(IEnumerable<SpendCategoryRule> rules) => _rules = [.. rules.OrderBy(r => r.Priority).ThenBy(r => r.Name, StringComparer.Ordinal)];

    public (SpendCategory? Category, SpendConcern Flag) Categorise(int? mcc, string? merchant)
    {
        foreach (var rule in _rules)
        {
            if (rule.Matches(mcc, merchant))
            {
                return (rule.Category, rule.Flag);
            }
        }

        return (null, SpendConcern.UnknownMerchant);
    }
}

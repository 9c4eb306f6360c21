using System.Text.Json;
using System.Text.Json.Serialization;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Infrastructure.Data.Json;

/// <summary>
/// What the person told the council, stored as JSON beside the result so that any version can be re-run
/// (for example with next April's rates). Amounts are whole pence, as everywhere in the database.
/// </summary>
internal static class FinancialAssessmentInputJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Write(FinancialAssessmentInput input) => JsonSerializer.Serialize(new Stored(
        input.Age,
        input.PensionCreditAgeReached,
        input.Couple,
        input.LoneParent,
        input.DependentChildren,
        input.DisabilityPremium,
        input.EnhancedDisabilityPremium,
        input.CarerPremium,
        input.DeclinedToDisclose,
        [.. input.Incomes.Select(i => new StoredIncome(i.Type, i.Amount.Pence, i.Frequency, i.Share))],
        [.. input.Capital.Select(c => new StoredCapital(c.Type, c.Amount.Pence, c.Share, c.SecuredDebt.Pence))],
        [.. input.HousingCosts.Select(h => new StoredHousing(h.Type, h.Amount.Pence, h.Frequency, h.Share))],
        input.DisabilityRelatedExpenditure?.Pence,
        input.WeeklyCostOfCare.Pence,
        input.PartnerPensionCreditAgeReached,
        input.NightCareArranged,
        input.NotionalCapital.Pence,
        input.NotionalCapitalReason,
        [.. input.DisabilityRelatedExpenditureItems.Select(i => new StoredDreItem(i.Type, i.Amount.Pence, i.Frequency))]), Options);

    public static FinancialAssessmentInput Read(string json)
    {
        var stored = JsonSerializer.Deserialize<Stored>(json, Options)
            ?? throw new InvalidOperationException("A stored financial assessment has no input.");
        return new FinancialAssessmentInput
        {
            Age = stored.Age,
            PensionCreditAgeReached = stored.PensionCreditAgeReached,
            PartnerPensionCreditAgeReached = stored.PartnerPensionCreditAgeReached,
            NightCareArranged = stored.NightCareArranged,
            NotionalCapital = Money.FromPence(stored.NotionalCapitalPence),
            NotionalCapitalReason = stored.NotionalCapitalReason,
            DisabilityRelatedExpenditureItems = [.. (stored.DreItems ?? []).Select(i => new DisabilityRelatedExpenditureItem(i.Type, Money.FromPence(i.Pence), i.Frequency))],
            Couple = stored.Couple,
            LoneParent = stored.LoneParent,
            DependentChildren = stored.DependentChildren,
            DisabilityPremium = stored.DisabilityPremium,
            EnhancedDisabilityPremium = stored.EnhancedDisabilityPremium,
            CarerPremium = stored.CarerPremium,
            DeclinedToDisclose = stored.DeclinedToDisclose,
            Incomes = [.. stored.Incomes.Select(i => new IncomeItem(i.Type, Money.FromPence(i.Pence), i.Frequency, i.Share))],
            Capital = [.. stored.Capital.Select(c => new CapitalItem(c.Type, Money.FromPence(c.Pence), c.Share, Money.FromPence(c.SecuredDebtPence)))],
            HousingCosts = [.. stored.HousingCosts.Select(h => new HousingCost(h.Type, Money.FromPence(h.Pence), h.Frequency, h.Share))],
            DisabilityRelatedExpenditure = stored.DisabilityRelatedExpenditurePence is { } dre ? Money.FromPence(dre) : null,
            WeeklyCostOfCare = Money.FromPence(stored.WeeklyCostOfCarePence),
        };
    }

    private sealed record Stored(
        int Age,
        bool PensionCreditAgeReached,
        bool Couple,
        bool LoneParent,
        int DependentChildren,
        bool DisabilityPremium,
        bool EnhancedDisabilityPremium,
        bool CarerPremium,
        bool DeclinedToDisclose,
        List<StoredIncome> Incomes,
        List<StoredCapital> Capital,
        List<StoredHousing> HousingCosts,
        long? DisabilityRelatedExpenditurePence,
        long WeeklyCostOfCarePence,
        // Added later: an assessment stored before it has none, and no partner of pension age.
        bool PartnerPensionCreditAgeReached = false,
        // Likewise: one stored before was assessed as if night care were arranged.
        bool NightCareArranged = true,
        long NotionalCapitalPence = 0,
        string? NotionalCapitalReason = null,
        List<StoredDreItem>? DreItems = null);

    private sealed record StoredIncome(IncomeType Type, long Pence, Frequency Frequency, decimal Share);

    private sealed record StoredDreItem(DisabilityRelatedExpenditureType Type, long Pence, Frequency Frequency);

    private sealed record StoredCapital(CapitalType Type, long Pence, decimal Share, long SecuredDebtPence = 0);

    private sealed record StoredHousing(HousingCostType Type, long Pence, Frequency Frequency, decimal? Share);
}

internal static class StringListJson
{
    public static string Write(IReadOnlyList<string> lines) => JsonSerializer.Serialize(lines);

    public static IReadOnlyList<string> Read(string json) => JsonSerializer.Deserialize<List<string>>(json) ?? [];
}

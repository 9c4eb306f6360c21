using DirectPayments.Application.Common;
using DirectPayments.Domain.Charging;

namespace DirectPayments.Web.Words;

/// <summary>Charging terms as people say them, shared by every feature that shows them.</summary>
public static class ChargingWords
{
    /// <summary>
    /// The incomes a person can choose from, in the order they are offered: Pension Credit in its two parts (the older
    /// single "Pension Credit" answer still reads as the guarantee credit), other income last.
    /// </summary>
    public static IReadOnlyList<IncomeType> IncomesOffered { get; } =
        [.. Enum.GetValues<IncomeType>().Where(t => t != IncomeType.PensionCredit).OrderBy(t => t == IncomeType.Other)];

    public static string Dre(DisabilityRelatedExpenditureType type) => DisplayNames.Of(type);

    public static string Income(IncomeType type) => DisplayNames.Of(type);
}

using DirectPayments.Domain.Accounts;

namespace DirectPayments.Web.Words;

public static class AccountWords
{
    public static string Kind(TransactionKind kind) => kind switch
    {
        TransactionKind.CouncilPayment => "Council payment",
        TransactionKind.Contribution => "Your contribution",
        TransactionKind.Spend => "Spending",
        TransactionKind.Refund => "Refund",
        TransactionKind.Recovery => "Taken back by the council",
        _ => kind.ToString(),
    };

    public static string Category(SpendCategory category) => category switch
    {
        SpendCategory.PersonalAssistantWages => "Personal assistant wages",
        SpendCategory.HmrcPayments => "Tax and National Insurance (HMRC)",
        SpendCategory.AgencyCare => "Care from an agency",
        SpendCategory.DayActivities => "Day activities",
        SpendCategory.RespiteOrShortBreaks => "Respite and short breaks",
        SpendCategory.Equipment => "Equipment",
        SpendCategory.Transport => "Transport",
        SpendCategory.Membership => "Memberships",
        SpendCategory.Fees => "Fees and insurance",
        _ => "Other",
    };

    /// <summary>Why a payment was flagged, in the words a reviewer and the person read.</summary>
    public static IEnumerable<string> Reasons(FlaggedSpend flagged)
    {
        ArgumentNullException.ThrowIfNull(flagged);
        return flagged.Reasons.Select(r => r switch
        {
            FlagReason.Concern => Concern(flagged.Line.Flag),
            FlagReason.LargeSpend => "Large payment",
            _ => "No receipt",
        });
    }

    public static string Concern(SpendConcern concern) => concern switch
    {
        SpendConcern.CashWithdrawal => "Cash withdrawal",
        SpendConcern.Gambling => "Gambling",
        SpendConcern.Alcohol => "Alcohol",
        SpendConcern.HouseholdBills => "Household bills",
        SpendConcern.UnknownMerchant => "Unknown shop or business",
        _ => string.Empty,
    };
}

using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Charging;

namespace DirectPayments.Web.Words;

public static class OneOffWords
{
    public static string Status(OneOffPaymentStatus status) => status switch
    {
        OneOffPaymentStatus.AwaitingApproval => "Waiting for a manager to approve",
        OneOffPaymentStatus.SentBack => "Sent back",
        OneOffPaymentStatus.Approved => "Approved: to be paid",
        OneOffPaymentStatus.Paid => "Paid",
        OneOffPaymentStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    public static string Colour(OneOffPaymentStatus status) => status switch
    {
        OneOffPaymentStatus.Approved or OneOffPaymentStatus.Paid => "green",
        OneOffPaymentStatus.AwaitingApproval => "yellow",
        OneOffPaymentStatus.SentBack => "red",
        _ => "grey",
    };

    public static string Policy(OneOffContributionPolicy policy) => policy switch
    {
        OneOffContributionPolicy.ChargeOneWeek => "One week's assessed contribution",
        OneOffContributionPolicy.DoNotCharge => "Not charged",
        OneOffContributionPolicy.NothingWhenRegularServicesUseContribution => "Nothing when the weekly contribution already pays for regular support; otherwise one week's",
        _ => policy.ToString(),
    };
}

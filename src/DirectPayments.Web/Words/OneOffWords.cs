using DirectPayments.Application.Common;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Charging;

namespace DirectPayments.Web.Words;

public static class OneOffWords
{
    public static string Status(OneOffPaymentStatus status) => DisplayNames.Of(status);

    public static string Colour(OneOffPaymentStatus status) => status switch
    {
        OneOffPaymentStatus.Approved or OneOffPaymentStatus.Paid => "green",
        OneOffPaymentStatus.AwaitingApproval => "yellow",
        OneOffPaymentStatus.SentBack => "red",
        _ => "grey",
    };

    public static string Policy(OneOffContributionPolicy policy) => DisplayNames.Of(policy);
}

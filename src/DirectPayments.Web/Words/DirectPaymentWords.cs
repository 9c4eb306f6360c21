using DirectPayments.Application.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Web.Words;

/// <summary>A direct payment's status and changes, in the words the person and the council's staff read.</summary>
public static class DirectPaymentWords
{
    public static string Status(DirectPaymentStatus status) => DisplayNames.Of(status);

    public static string Colour(DirectPaymentStatus status) => status switch
    {
        DirectPaymentStatus.Active => "green",
        DirectPaymentStatus.Suspended => "orange",
        _ => "grey",
    };

    public static string Change(DirectPaymentChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.Kind switch
        {
            DirectPaymentChangeKind.Started => "Started",
            DirectPaymentChangeKind.PlanRevised => "Support plan revised",
            DirectPaymentChangeKind.Reassessed => "Contribution reassessed",
            DirectPaymentChangeKind.Uprated => "New year's rates",
            DirectPaymentChangeKind.Suspended => "Suspended",
            DirectPaymentChangeKind.Resumed => "Resumed",
            _ => change.EndReason switch
            {
                EndReason.Died => "Ended: the person died",
                EndReason.MovedToAnotherCouncil => "Ended: moved to another council",
                EndReason.PersonsChoice => "Ended at the person's request",
                _ => "Ended by the council",
            },
        };
    }
}

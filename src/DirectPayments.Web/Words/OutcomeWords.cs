using DirectPayments.Application.Common;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;

namespace DirectPayments.Web.Words;

public static class OutcomeWords
{
    public static string Describe(EligibilityOutcome outcome) => DisplayNames.Of(outcome);

    public static string Describe(RequestType type) => type switch
    {
        RequestType.Self => "Myself",
        RequestType.Carer => "Me, as a carer",
        RequestType.ParentOfDisabledChild => "My disabled child",
        RequestType.OnBehalfOf => "Someone else, on their behalf",
        _ => DisplayNames.Of(type),
    };
}

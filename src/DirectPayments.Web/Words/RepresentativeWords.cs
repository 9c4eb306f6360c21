using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;

namespace DirectPayments.Web.Words;

/// <summary>The people who act on a case, and requests for a nominated person, as the case manager reads them.</summary>
public static class RepresentativeWords
{
    public static string Role(CaseMemberRole role) => role switch
    {
        CaseMemberRole.Subject => "the person",
        CaseMemberRole.Applicant => "asked for the assessment",
        CaseMemberRole.NominatedPerson => "nominated person",
        CaseMemberRole.AuthorisedPerson => "authorised person",
        _ => DisplayNames.Of(role),
    };

    /// <summary>What became of a request, as in "This request was accepted".</summary>
    public static string Status(NominationStatus status) => status switch
    {
        NominationStatus.Waiting => "waiting",
        NominationStatus.Accepted => "accepted",
        NominationStatus.Declined => "declined",
        NominationStatus.Withdrawn => "withdrawn",
        _ => DisplayNames.Of(status),
    };
}

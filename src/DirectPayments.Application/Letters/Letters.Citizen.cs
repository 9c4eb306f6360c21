using DirectPayments.Application.Common;
using DirectPayments.Domain.Notices;

namespace DirectPayments.Application.Letters;

public static partial class Letters
{
    /// <summary>The person asked for an assessment: their reference, what happens next, and how to reach the council sooner.</summary>
    public static Letter AssessmentRequested(string reference, CouncilDetails council) => new(
        NoticeKind.General,
        "We have your request for an assessment",
        $"Your reference is {reference}. A case manager will contact you within 10 working days to arrange the assessment. "
        + $"If the person is at risk, or you need help urgently, {council.PhoneTheCouncil} now, or 999 in an emergency.");

    /// <summary>The person (or their case manager for them) sent their financial assessment.</summary>
    public static Letter FinancialAssessmentReceived(bool declinedToDisclose) => new(
        NoticeKind.General,
        "We have your financial assessment",
        declinedToDisclose
            ? "You chose not to tell us about your money, so you will pay the full cost of your care. You can ask for a full financial assessment at any time."
            : "Your case manager will check it against your documents and tell you what you pay. Send your documents, such as benefit letters and bank statements, from your case page.");
}

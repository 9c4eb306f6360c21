using DirectPayments.Application.Letters;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>
/// Kept only for the administrator's approvals, which still save their own letter, until a manager's approval sends
/// <see cref="Letters.OneOffPaymentApproved"/> through a use case of its own (issue 13); then delete it.
/// </summary>
public static class OneOffPayments
{
    /// <summary>The letter telling the person what will be paid, when, and what they pay towards it.</summary>
    public static Notice ApprovedNotice(OneOffDirectPayment payment, CouncilClock clock)
    {
        ArgumentNullException.ThrowIfNull(payment);
        ArgumentNullException.ThrowIfNull(clock);
        var letter = Letters.OneOffPaymentApproved(payment);
        return new Notice(payment.CaseId, letter.Kind, letter.Title, letter.Body, letter.Working, clock.UtcNow);
    }
}

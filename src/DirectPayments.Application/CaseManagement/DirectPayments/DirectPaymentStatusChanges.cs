using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.DirectPayments;

/// <summary>What the case manager can do to a direct payment's status, and the direct payment as it stands.</summary>
public sealed record DirectPaymentStatusPage(CareCase Case, DirectPaymentNow Now);

/// <summary>
/// A change of status from a date, at the version of the direct payment the case manager saw: suspend from a day (a
/// hospital stay, concerns being looked into), resume from a day, or end after a last day (which may be before today,
/// as when a death is reported late) for a reason, with whoever deals with the estate after a death, if known.
/// </summary>
public sealed record DirectPaymentStatusChange(
    Guid CaseId, long VersionSeen, DirectPaymentChangeKind Kind, DateOnly Date, string Reason, EndReason? Why = null, Letters.Addressee? Estate = null);

public sealed class DirectPaymentStatusPages(CaseReader cases, IPortalDb db, NextPayments nextPayments, CouncilClock clock)
{
    public async Task<DirectPaymentStatusPage?> FindAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.Manage, cancellationToken) is not { } careCase
            || await db.Set<DirectPaymentAgreement>().AsNoTracking().Where(d => d.CaseId == caseId).OrderByDescending(d => d.StartDate)
                .FirstOrDefaultAsync(cancellationToken) is not { } agreement)
        {
            return null;
        }

        return new DirectPaymentStatusPage(careCase, await nextPayments.NowAsync(agreement, clock.Today, cancellationToken));
    }
}

/// <summary>
/// The case manager suspends, resumes or ends a direct payment from a date. The next runs pay from the history of
/// changes, so nothing is paid for days suspended or after the end, and what was paid for them already is taken back.
/// The person is told. Ending closes the case, so it leaves the caseload's work, the runs and uprating.
/// </summary>
public sealed class ChangeDirectPaymentStatus(CommandRunner runner, DirectPaymentEndings endings)
{
    public const string ChangedMessage = "Someone else changed this direct payment while you were working on it. Check it and try again.";

    public Task<CommandResult> RunAsync(DirectPaymentStatusChange command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var what = command.Kind switch
        {
            DirectPaymentChangeKind.Suspended => "suspended the direct payment",
            DirectPaymentChangeKind.Resumed => "resumed the direct payment",
            _ => "ended the direct payment",
        };
        return runner.ForCaseAsync(command.CaseId, CaseOperation.Manage, what, async (work, c) =>
        {
            work.WhenChangedMeanwhile(ChangedMessage);
            var agreement = await work.DirectPaymentAsync(c);
            if (agreement is null)
            {
                CommandWork.NotFound();
            }

            work.ExpectVersion(agreement, command.VersionSeen);
            switch (command.Kind)
            {
                case DirectPaymentChangeKind.Suspended:
                    agreement.Suspend(command.Date, command.Reason, work.Who, work.Today);
                    work.Send(Letters.Letters.DirectPaymentSuspended(command.Date, command.Reason));
                    work.Describe($"from {command.Date:d MMMM yyyy}: {command.Reason}");
                    break;
                case DirectPaymentChangeKind.Resumed:
                    agreement.Resume(command.Date, command.Reason, work.Who, work.Today);
                    work.Send(Letters.Letters.DirectPaymentResumed(command.Date, agreement.WeeklyPaymentOn(command.Date)));
                    work.Describe($"from {command.Date:d MMMM yyyy}, {agreement.WeeklyPaymentOn(command.Date)} a week: {command.Reason}");
                    break;
                case DirectPaymentChangeKind.Ended:
                    var why = command.Why ?? throw new DomainException("Say why the direct payment ends.");
                    await endings.EndAsync(work, agreement, new DirectPaymentEnding(command.Date, why, command.Reason, command.Estate), c);
                    break;
                default:
                    CommandWork.Refuse("Choose to suspend, resume or end the direct payment.");
                    break;
            }
        }, cancellationToken);
    }
}

using DirectPayments.Application.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Review.Reviews;

/// <summary>
/// A case manager asks for a review now (reg 7: needs not met, a condition breached, capacity changed): a review is
/// opened at once, at the top of the reviewers' queue. A case with no direct payment running has nothing to review.
/// </summary>
public sealed class RaiseConcern(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(Guid caseId, string concern, CancellationToken cancellationToken) =>
        runner.ForCaseAsync(caseId, CaseOperation.Manage, "asked for a review because of a concern", async (work, c) =>
        {
            var agreement = await work.Db.Set<DirectPaymentAgreement>().AsNoTracking()
                .Where(d => d.CaseId == caseId && d.Status != DirectPaymentStatus.Ended).FirstOrDefaultAsync(c);
            if (agreement is null)
            {
                CommandWork.NotFound();
            }

            var earlier = await work.Db.Set<Domain.Reviews.Review>().Where(r => r.DirectPaymentId == agreement.Id).ToListAsync(c);
            if (earlier.FirstOrDefault(r => r.Status != ReviewStatus.Completed) is { } inProgress)
            {
                inProgress.AddConcern(concern, work.Today);
                work.Describe($"added to the review in progress, now due by {inProgress.DueOn:d MMMM yyyy}");
                return;
            }

            work.Add(Domain.Reviews.Review.ForConcern(agreement, earlier, concern, work.Who, work.Today));
        }, cancellationToken);
}

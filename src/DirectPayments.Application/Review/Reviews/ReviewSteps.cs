using DirectPayments.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Review.Reviews;

/// <summary>One step of a review in hand: the command's work, the review (tracked, at the version the reviewer saw), and its figures.</summary>
public sealed class ReviewStep
{
    private readonly ReviewPages _pages;
    private ReviewPage? _page;

    internal ReviewStep(CaseWork work, Domain.Reviews.Review review, ReviewPages pages)
    {
        Work = work;
        Review = review;
        _pages = pages;
    }

    public CaseWork Work { get; }

    public Domain.Reviews.Review Review { get; }

    /// <summary>The review's figures as they stand in this transaction (spend, flags, the account), worked out once.</summary>
    public async Task<ReviewPage> PageAsync(CancellationToken cancellationToken) =>
        _page ??= await _pages.BuildAsync(Review, Work.Case, Work.Today, cancellationToken);
}

/// <summary>
/// Runs a step of a review through the command runner: the review's case is loaded and the reviewer's access checked,
/// the review is loaded at the version the reviewer saw, and someone else's change since then is a conflict.
/// </summary>
public sealed class ReviewSteps(CommandRunner runner, IPortalDb db, ReviewPages pages)
{
    public const string ChangedMessage = "Someone else changed this review while you were working on it. Look at it again.";

    public async Task<CommandResult> RunAsync(
        Guid reviewId, long versionSeen, string description, Func<ReviewStep, CancellationToken, Task> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        if (await db.Set<Domain.Reviews.Review>().AsNoTracking().Where(r => r.Id == reviewId).Select(r => (Guid?)r.CaseId).SingleOrDefaultAsync(cancellationToken) is not { } caseId)
        {
            return CommandResult.NotFound;
        }

        return await runner.ForCaseAsync(caseId, CaseOperation.Review, description, async (work, c) =>
        {
            work.WhenChangedMeanwhile(ChangedMessage);
            var review = await work.Db.Set<Domain.Reviews.Review>().SingleAsync(r => r.Id == reviewId, c);
            work.ExpectVersion(review, versionSeen);
            await step(new ReviewStep(work, review, pages), c);
        }, cancellationToken);
    }
}

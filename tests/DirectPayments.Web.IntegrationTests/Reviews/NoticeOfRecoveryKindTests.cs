using DirectPayments.Domain.Notices;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Reviews;

/// <summary>
/// A recovery waits until its notice reached the person, and finds that notice by its kind: notices sent before they
/// had a kind of their own (review outcomes told apart by their title) are given it by the migration.
/// </summary>
public sealed class NoticeOfRecoveryKindTests
{
    private const string BeforeTheKind = "CasesRecordTheDayThePersonDied";

    [Fact]
    public async Task A_notice_of_recovery_sent_as_a_review_outcome_becomes_a_notice_of_recovery()
    {
        using var factory = new PortalFactory();
        var (notice, _) = await OldNoticesAsync(factory);

        await factory.MigrateBackToAndForwardAsync(BeforeTheKind);

        Assert.Equal(NoticeKind.NoticeOfRecovery, await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.Id == notice).Select(n => n.Kind).SingleAsync()));
    }

    [Fact]
    public async Task Another_review_outcome_stays_a_review_outcome()
    {
        using var factory = new PortalFactory();
        var (_, outcome) = await OldNoticesAsync(factory);

        await factory.MigrateBackToAndForwardAsync(BeforeTheKind);

        Assert.Equal(NoticeKind.ReviewOutcome, await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.Id == outcome).Select(n => n.Kind).SingleAsync()));
    }

    private static async Task<(Guid Notice, Guid Outcome)> OldNoticesAsync(PortalFactory factory)
    {
        var olive = await factory.CaseIdAsync("Olive Review");
        var notice = new Notice(olive, NoticeKind.ReviewOutcome, "We propose to take back £100.00 from your direct payment", "Your review found more money.", [], DateTimeOffset.UnixEpoch);
        var outcome = new Notice(olive, NoticeKind.ReviewOutcome, "Your review is complete", "Spending matches your plan.", [], DateTimeOffset.UnixEpoch);
        await factory.QueryAsync(db =>
        {
            db.AddRange(notice, outcome);
            return db.SaveChangesAsync();
        });
        return (notice.Id, outcome.Id);
    }
}

using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Reviews;

/// <summary>Which direct payments the reviewers' queue holds, and the flagged spending it counts since each one's last review.</summary>
public sealed class ReviewQueueTests
{
    [Fact]
    public async Task A_row_counts_the_flagged_spending_since_the_last_review()
    {
        using var factory = new PortalFactory();
        await AddSpendAsync(factory, "Alex Citizen", new DateOnly(2026, 11, 10), 1100m);
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        var row = await RowAsync(reviewer, "Alex Citizen");

        // The cash withdrawal and the large purchase.
        Assert.Equal("2", row!.QuerySelectorAll("td")[3].TextContent.Trim());
    }

    [Fact]
    public async Task Flagged_spending_before_the_last_completed_review_does_not_raise_another()
    {
        using var factory = new PortalFactory();
        var today = DateOnly.FromDateTime(factory.Clock.GetLocalNow().DateTime);
        await CompleteReviewAsync(factory, "Alex Citizen", today, today.AddMonths(11));
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        Assert.Null(await RowAsync(reviewer, "Alex Citizen"));
    }

    [Fact]
    public async Task Flagged_spending_after_the_last_completed_review_raises_one()
    {
        using var factory = new PortalFactory();
        var today = DateOnly.FromDateTime(factory.Clock.GetLocalNow().DateTime);
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var withdrawn = await factory.QueryAsync(db => db.Set<AccountTransaction>()
            .Where(t => t.CaseId == alex && t.Flag == SpendConcern.CashWithdrawal).Select(t => t.Date).SingleAsync());
        await CompleteReviewAsync(factory, "Alex Citizen", withdrawn.AddDays(-1), today.AddMonths(11));
        var reviewer = await factory.SignedInAsync("reviewer@example.org");

        var row = await RowAsync(reviewer, "Alex Citizen");

        Assert.NotNull(row);
        Assert.Contains("Flagged spending", row.TextContent, StringComparison.Ordinal);
    }

    private static async Task<AngleSharp.Dom.IElement?> RowAsync(HttpClient reviewer, string name)
    {
        // Every page of the queue, so that the row is found wherever it falls.
        for (var page = 1; ; page++)
        {
            var queue = await reviewer.GetDocumentAsync($"/review?page={page}");
            if (queue.QuerySelectorAll("tbody tr").FirstOrDefault(r => r.TextContent.Contains(name, StringComparison.Ordinal)) is { } row)
            {
                return row;
            }

            if (queue.QuerySelector("a[rel=next]") is null)
            {
                return null;
            }
        }
    }

    private static async Task CompleteReviewAsync(PortalFactory factory, string subject, DateOnly completedOn, DateOnly nextDue)
    {
        var caseId = await factory.CaseIdAsync(subject);
        await factory.QueryAsync(async db =>
        {
            var dp = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == caseId);
            var review = new Review(caseId, dp.Id, ReviewTrigger.Scheduled, completedOn, dp.StartDate, "reviewer", completedOn);
            review.Complete(ReviewOutcome.Satisfactory, "Spending matches the plan", "reviewer", completedOn, nextDue, []);
            db.Add(review);
            return await db.SaveChangesAsync();
        });
    }

    private static async Task AddSpendAsync(PortalFactory factory, string subject, DateOnly on, decimal pounds)
    {
        var caseId = await factory.CaseIdAsync(subject);
        var line = await factory.QueryAsync(async db =>
        {
            var dp = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == caseId);
            return new AccountTransaction(dp.Id, caseId, $"TEST-{Guid.NewGuid():N}", on, Money.FromPounds(-pounds), TransactionKind.Spend,
                TransactionSource.StatementImport, "Card payment", "MOBILITY WORLD", 5999, null, SpendCategory.Equipment);
        });
        await factory.AddLedgerLinesAsync(line);
    }
}

using System.Net;
using AngleSharp.Dom;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Reviews;

internal static class ReviewSupport
{
    /// <summary>Starts Olive's review from the queue (or opens the one already started).</summary>
    public static async Task<IDocument> OpenOliveReviewAsync(PortalFactory factory, HttpClient reviewer)
    {
        var queue = await reviewer.GetDocumentAsync("/review");
        var olive = await factory.CaseIdAsync("Olive Review");
        var dp = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == olive).Select(d => d.Id).SingleAsync());
        var start = queue.QuerySelector($"form[action='/review/direct-payments/{dp}/start']");
        if (start is null)
        {
            return await reviewer.GetDocumentAsync(queue.QuerySelectorAll("main a").First(a => a.TextContent.Contains("Olive Review", StringComparison.Ordinal)).GetAttribute("href")!);
        }

        var response = await reviewer.SubmitFormAsync(queue, new Dictionary<string, string>(), $"form[action='/review/direct-payments/{dp}/start']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await reviewer.GetDocumentAsync(response.Location()!);
    }

    /// <summary>
    /// A portal of its own in which the reviewer has given Olive notice of £100.00 of surplus, sent on 22 November with
    /// until <paramref name="respondByDay"/> December 2026 to respond. She reads nothing online, so it goes on paper.
    /// </summary>
    public static async Task<(PortalFactory Portal, HttpClient Reviewer)> OliveGivenNoticeAsync(string respondByDay)
    {
        var portal = new PortalFactory();
        var reviewer = await portal.SignedInAsync("reviewer@example.org");
        await GiveOliveNoticeAsync(portal, reviewer, respondByDay);
        return (portal, reviewer);
    }

    /// <summary>
    /// Gives Olive notice of £100.00 of surplus to be recovered by paying less, with until <paramref name="respondByDay"/>
    /// December 2026 to respond.
    /// </summary>
    public static async Task GiveOliveNoticeAsync(PortalFactory factory, HttpClient reviewer, string respondByDay)
    {
        await reviewer.SubmitFormAsync(await OpenOliveReviewAsync(factory, reviewer), new Dictionary<string, string> { ["OtherOwed"] = "0.00", ["LiabilitiesNote"] = "" }, "form[action$='/surplus']");
        await reviewer.SubmitFormAsync(await OpenOliveReviewAsync(factory, reviewer), new Dictionary<string, string>
        {
            ["Amount"] = "100.00", ["Method"] = "ReduceNextPayments", ["RespondBy.Day"] = respondByDay, ["RespondBy.Month"] = "12", ["RespondBy.Year"] = "2026",
        }, "form[action$='/notice']");
    }

    // The case manager records the paper copy of the notice as posted, from the letters to post.
    public static async Task PostNoticeOfRecoveryAsync(PortalFactory factory, Guid caseId)
    {
        var notice = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == caseId && n.Title.StartsWith("We propose to take back")));
        Assert.True(notice.ToPost);
        var manager = await factory.SignedInAsync("casemanager@example.org");
        // The page lists the oldest letters first, a page at a time: its token, and the letter's own form posted.
        var letters = await manager.GetDocumentAsync("/case-management/letters-to-post");
        var token = letters.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var posted = await manager.PostAsync($"/case-management/cases/{caseId}/letters/{notice.Id}/posted", form);
        Assert.True(posted.StatusCode < HttpStatusCode.BadRequest, $"{posted.StatusCode}");
    }

    /// <summary>Accepts every flagged payment on the review (but the one at <paramref name="except"/>'s merchant), as a reviewer who has checked them, and returns the review again.</summary>
    public static async Task<IDocument> AcceptEveryFlagAsync(HttpClient reviewer, IDocument review, string? except = null)
    {
        var path = new Uri(review.Url).AbsolutePath;
        var links = review.QuerySelectorAll("main tbody tr")
            .Where(r => except is null || !r.TextContent.Contains(except, StringComparison.Ordinal))
            .Select(r => r.QuerySelector("a[href*='/flags/']")?.GetAttribute("href")).OfType<string>().ToList();
        foreach (var link in links)
        {
            var response = await reviewer.SubmitFormAsync(link, new Dictionary<string, string> { ["Verdict"] = "Accepted", ["Note"] = "Checked against the plan" });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        return await reviewer.GetDocumentAsync(path);
    }

    /// <summary>Olive has no account of her own in the demo: records a second citizen as her authorised person, signed in to act for her.</summary>
    public static async Task<HttpClient> ActingForOliveAsync(PortalFactory factory)
    {
        var olive = await factory.CaseIdAsync("Olive Review");
        await factory.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == "citizen2@example.org");
            var careCase = await db.Set<Domain.Cases.CareCase>().Include(c => c.Members).SingleAsync(c => c.Id == olive);
            careCase.AddMember(user.Id, Domain.Cases.CaseMemberRole.AuthorisedPerson);
            return await db.SaveChangesAsync();
        });
        return await factory.SignedInAsync("citizen2@example.org");
    }
}

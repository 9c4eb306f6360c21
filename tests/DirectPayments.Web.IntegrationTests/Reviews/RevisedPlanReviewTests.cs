using System.Net;
using AngleSharp.Dom;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static DirectPayments.Web.IntegrationTests.Payments.DirectPaymentLifeTests;

namespace DirectPayments.Web.IntegrationTests.Reviews;

/// <summary>
/// A review after the support plan was revised sets spending against each version for the days it was in force (it
/// had used the plan the direct payment started with, for the whole period).
/// </summary>
public sealed class RevisedPlanReviewTests
{
    [Fact]
    public async Task Support_added_by_a_revised_plan_is_planned_for_only_from_the_day_it_started()
    {
        // Arrange: Yusuf's personal assistant at £192.00 a week from 2 November; an art group at £24.00 a week added from 22 November.
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await RevisedOn22NovemberAsync(factory);
        factory.Clock.Advance(TimeSpan.FromDays(35));

        // Act: a review is opened on 27 December.
        var review = await OpenReviewAsync(factory, caseId, agreementId);

        // Assert: 36 days of £24.00 a week (22 November to 27 December), not the 56 days since 2 November.
        Assert.Equal("£123.43", PlannedFor(review, "Day activities"));
    }

    [Fact]
    public async Task Support_the_first_version_had_is_planned_for_the_whole_period()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await RevisedOn22NovemberAsync(factory);
        factory.Clock.Advance(TimeSpan.FromDays(35));

        var review = await OpenReviewAsync(factory, caseId, agreementId);

        Assert.Equal("£1,536.00", PlannedFor(review, "Personal assistant"));
    }

    [Fact]
    public async Task The_review_says_which_versions_of_the_plan_it_counted_and_for_which_days()
    {
        using var factory = new PortalFactory();
        var (caseId, agreementId) = await RevisedOn22NovemberAsync(factory);
        factory.Clock.Advance(TimeSpan.FromDays(35));

        var review = await OpenReviewAsync(factory, caseId, agreementId);

        Assert.Contains(
            "Version 1, 20 days from 2 November 2026 to 21 November 2026; version 2, 36 days from 22 November 2026 to 27 December 2026",
            review.MainText(), StringComparison.Ordinal);
    }

    private static async Task<(Guid CaseId, Guid AgreementId)> RevisedOn22NovemberAsync(PortalFactory factory)
    {
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var person = await factory.SignedInAsync("citizen2@example.org");
        await ProposeDayActivitiesAsync(manager, caseId);
        Assert.Equal(HttpStatusCode.Redirect, (await person.SubmitFormAsync(
            await person.GetDocumentAsync($"/citizen/cases/{caseId}/plan"), new Dictionary<string, string>(), $"form[action='/citizen/cases/{caseId}/plan/agree']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await manager.SubmitFormAsync(
            await manager.GetDocumentAsync($"/case-management/cases/{caseId}/plan"), new Dictionary<string, string>(), $"form[action='/case-management/cases/{caseId}/plan/agree']")).StatusCode);
        return (caseId, agreementId);
    }

    // The case manager raises a concern, which opens a review over everything since the direct payment started.
    private static async Task<IDocument> OpenReviewAsync(PortalFactory factory, Guid caseId, Guid agreementId)
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var concern = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/concern", new Dictionary<string, string> { ["Concern"] = "Little spent on the art group" });
        Assert.Equal(HttpStatusCode.Redirect, concern.StatusCode);
        var reviewId = await factory.QueryAsync(db => db.Set<Domain.Reviews.Review>().Where(r => r.DirectPaymentId == agreementId).Select(r => r.Id).SingleAsync());
        return await (await factory.SignedInAsync("reviewer@example.org")).GetDocumentAsync($"/review/reviews/{reviewId}");
    }

    private static string PlannedFor(IDocument review, string kind) =>
        review.QuerySelectorAll("main table tbody tr").First(r => r.QuerySelector("td")?.TextContent.Trim() == kind).QuerySelectorAll("td")[1].TextContent.Trim();
}

using System.Net;
using AngleSharp.Dom;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using static DirectPayments.Web.IntegrationTests.Payments.DirectPaymentLifeTests;

namespace DirectPayments.Web.IntegrationTests.Reviews;

/// <summary>The final review after a death: spending planned only up to the last day.</summary>
public sealed class FinalReviewTests
{
    private static readonly Dictionary<string, string> Estate = new() { ["EstateName"] = "Amira Example", ["EstateEmail"] = "amira@example.org" };

    [Fact]
    public async Task A_final_review_plans_spending_only_up_to_the_day_the_direct_payment_ended()
    {
        // Arrange: Yusuf's personal assistant, 12 hours at £16.00 a week from 2 November; he died on 20 November.
        using var factory = new PortalFactory();
        var (_, agreementId) = await DiedOn20NovemberAsync(factory);
        factory.Clock.Advance(TimeSpan.FromDays(35));

        // Act: the reviewer opens the final review five weeks later.
        var review = await OpenFinalReviewAsync(await factory.SignedInAsync("reviewer@example.org"), agreementId);

        // Assert: 19 days of £192.00 a week, not the 56 days to today.
        Assert.Contains("19 days, from 2 November 2026 to 20 November 2026, when it ended", review.MainText(), StringComparison.Ordinal);
        var personalAssistant = review.QuerySelectorAll("main table tbody tr").First(r => r.QuerySelector("td")?.TextContent.Trim() == "Personal assistant");
        Assert.Equal("£521.14", personalAssistant.QuerySelectorAll("td")[1].TextContent.Trim());
    }

    private static async Task<(Guid CaseId, Guid AgreementId)> DiedOn20NovemberAsync(PortalFactory factory)
    {
        var (caseId, agreementId) = await PaidForNovemberAsync(factory);
        await ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died", more: Estate);
        return (caseId, agreementId);
    }

    private static async Task<IDocument> OpenFinalReviewAsync(HttpClient reviewer, Guid agreementId)
    {
        var queue = await reviewer.GetDocumentAsync("/review");
        var response = await reviewer.SubmitFormAsync(queue, new Dictionary<string, string>(), $"form[action='/review/direct-payments/{agreementId}/start']");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await reviewer.GetDocumentAsync(response.Location()!);
    }
}

using System.Net;
using AngleSharp.Dom;
using DirectPayments.Web.Features.Guidance;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Estimator;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Guidance;

public sealed class GuidanceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string> Slugs() => [.. Guides.All.Select(g => g.Slug)];

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Guide_WithoutSigningIn_IsServedWithOneHeadingAndItsTitle(string slug)
    {
        // Arrange
        var guide = Guides.Find(slug)!;
        var client = factory.CreateBrowserlessClient();

        // Act
        var page = await client.GetDocumentAsync(guide.Path);

        // Assert
        var headings = page.QuerySelectorAll("h1");
        Assert.Single(headings);
        Assert.Equal(guide.Title, headings[0].TextContent.Trim());
        Assert.StartsWith($"{guide.Title} – Direct Payments", page.Title, StringComparison.Ordinal);
        Assert.Contains("/guidance", Links(page));
    }

    [Fact]
    public async Task Index_WithoutSigningIn_LinksToEveryGuide()
    {
        var client = factory.CreateBrowserlessClient();

        var page = await client.GetDocumentAsync("/guidance");

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.StartsWith("Guidance on direct payments – Direct Payments", page.Title, StringComparison.Ordinal);
        var links = Links(page);
        Assert.All(Guides.All, guide => Assert.Contains(guide.Path, links));
    }

    [Fact]
    public async Task Guide_ThatDoesNotExist_IsNotFound()
    {
        var client = factory.CreateBrowserlessClient();

        var response = await client.GetAsync("/guidance/how-to-win-the-lottery");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ContentsLists_LinkOnlyToSectionsOnTheSamePage()
    {
        var client = factory.CreateBrowserlessClient();

        foreach (var guide in Guides.All)
        {
            var page = await client.GetDocumentAsync(guide.Path);
            foreach (var anchor in page.QuerySelectorAll("nav[aria-labelledby=contents-heading] a"))
            {
                var id = anchor.GetAttribute("href")!.TrimStart('#');
                Assert.True(page.GetElementById(id) is { TagName: "H2" }, $"{guide.Path} links to #{id}, which is not a section heading");
            }
        }
    }

    [Fact]
    public async Task StartPageAndFooter_LinkToTheGuidance()
    {
        var client = factory.CreateBrowserlessClient();

        var page = await client.GetDocumentAsync("/");

        Assert.Contains(Guides.WhatADirectPaymentIs.Path, Links(page, "main"));
        Assert.Contains("/guidance", Links(page, "footer"));
    }

    [Fact]
    public async Task EstimateResult_LinksToHowADirectPaymentIsWorkedOut()
    {
        var client = factory.CreateBrowserlessClient();

        var page = await EstimatorJourneyTests.AnswerV01(client);

        Assert.Contains($"{Guides.WhatADirectPaymentIs.Path}#how-much", Links(page, "main"));
        Assert.Contains(Guides.WhatItCanBuy.Path, Links(page, "main"));
    }

    [Fact]
    public async Task ApplyStart_LinksToWhatADirectPaymentIs()
    {
        var client = await factory.SignedInAsync("citizen@example.org");

        var page = await client.GetDocumentAsync("/citizen/apply");

        Assert.Contains(Guides.WhatADirectPaymentIs.Path, Links(page, "main"));
    }

    [Fact]
    public async Task CaseDashboard_WithAPrepaidCard_LinksToTheCardRecordsAndSpendingGuides()
    {
        var client = await factory.SignedInAsync("citizen@example.org");

        var page = await client.GetDocumentAsync($"/citizen/cases/{await factory.CaseIdAsync("Alex Citizen")}");

        var links = Links(page, "main");
        Assert.Contains(Guides.PrepaidCard.Path, links);
        Assert.Contains(Guides.KeepingRecords.Path, links);
        Assert.Contains(Guides.WhatItCanBuy.Path, links);
        Assert.Contains(Guides.WhatADirectPaymentIs.Path, links);
    }

    [Fact]
    public async Task CaseDashboard_WithoutADirectPayment_DoesNotOfferThePrepaidCardGuide()
    {
        var client = await factory.SignedInAsync("citizen2@example.org");

        var page = await client.GetDocumentAsync($"/citizen/cases/{await factory.CaseIdAsync("Sam Second-Citizen")}");

        Assert.DoesNotContain(Guides.PrepaidCard.Path, Links(page, "main"));
        Assert.Contains(Guides.WhatADirectPaymentIs.Path, Links(page, "main"));
    }

    [Fact]
    public async Task SupportPlan_LinksToWhatItCanBuyAndEmployingAnAssistant()
    {
        var client = await factory.SignedInAsync("citizen@example.org");

        var page = await client.GetDocumentAsync($"/citizen/cases/{await factory.CaseIdAsync("Alex Citizen")}/plan");

        Assert.Contains(Guides.WhatItCanBuy.Path, Links(page, "main"));
        Assert.Contains(Guides.PersonalAssistants.Path, Links(page, "main"));
    }

    [Fact]
    public async Task SendDocuments_LinksToKeepingRecords()
    {
        var client = await factory.SignedInAsync("citizen@example.org");

        var page = await client.GetDocumentAsync($"/citizen/cases/{await factory.CaseIdAsync("Alex Citizen")}/evidence");

        Assert.Contains(Guides.KeepingRecords.Path, Links(page, "main"));
    }

    private static List<string> Links(IDocument page, string scope = "body") =>
        [.. page.QuerySelectorAll($"{scope} a[href]").Select(a => a.GetAttribute("href")!)];
}

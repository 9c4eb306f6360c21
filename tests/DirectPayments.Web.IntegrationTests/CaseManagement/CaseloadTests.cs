using System.Net;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class CaseloadTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Caseload_ShowsTheirOpenCasesLongestWaitingFirst()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("casemanager@example.org");

        var page = await client.GetDocumentAsync("/case-management");

        var people = page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        string[] known = ["Margaret Example", "Alex Citizen", "Jemima Example", "Sam Second-Citizen"];
        Assert.Equal(known, people.Where(known.Contains));
        Assert.DoesNotContain("Peter Example", people);
        Assert.DoesNotContain("Nina Closed", people);
    }

    [Fact]
    public async Task Caseload_FilteredByStage_ShowsOnlyThatStage()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("casemanager@example.org");

        var page = await client.GetDocumentAsync("/case-management?stage=FinancialAssessmentToVerify");

        var people = page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["Sam Second-Citizen"], people);
    }

    [Fact]
    public async Task Case_ShowsEveryAssessmentVersionAndTheHistoryOfChanges()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("casemanager@example.org");

        var alex = await CaseId("Alex Citizen");
        var page = await client.GetDocumentAsync($"/case-management/cases/{alex}");
        var history = await client.GetDocumentAsync($"/case-management/cases/{alex}/history?page=999");

        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/case-management/cases/{alex}/history");
        var entries = history.QuerySelectorAll(".app-history-entry").Select(e => e.TextContent).ToList();
        Assert.Contains(entries, e => e.Contains("Care case added", StringComparison.Ordinal) && e.Contains("Subject name", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Contains("Financial assessment added", StringComparison.Ordinal) && e.Contains("£29.30", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Case_OutsideTheirCaseload_IsNotFound()
    {
        await CreateSecondCaseManager();
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("other.manager@example.org");

        var response = await client.GetAsync($"/case-management/cases/{await CaseId("Alex Citizen")}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Caseload_OfAnotherCaseManager_IsEmptyForThem()
    {
        await CreateSecondCaseManager();
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("other.manager@example.org");

        var page = await client.GetDocumentAsync("/case-management");

        Assert.Empty(page.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Caseload_ForAReviewer_IsRefused()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("reviewer@example.org");

        var response = await client.GetAsync("/case-management");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    private async Task<Guid> CaseId(string subject)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        return (await db.Set<CareCase>().SingleAsync(c => c.SubjectName == subject)).Id;
    }

    private async Task CreateSecondCaseManager()
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        if (await users.FindByEmailAsync("other.manager@example.org") is not null)
        {
            return;
        }

        var user = new ApplicationUser { UserName = "other.manager@example.org", Email = "other.manager@example.org", DisplayName = "Other Manager", EmailConfirmed = true };
        await users.CreateAsync(user, PortalClient.DemoPassword);
        await users.AddToRoleAsync(user, Roles.CaseManager);
    }
}

using System.Net;
using DirectPayments.Domain.Cases;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Administration;

public sealed class AllocationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Allocating_ANewRequest_PutsItOnTheCaseManagersCaseloadWithAnAssessmentDue()
    {
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin@example.org");
        var peter = await Case("Peter Example");
        var form = await admin.GetDocumentAsync($"/administration/cases/{peter.Id}/allocate");
        var managerId = form.QuerySelector("input[name=CaseManagerId]")!.GetAttribute("value")!;

        var response = await admin.SubmitFormAsync(form, new Dictionary<string, string> { ["CaseManagerId"] = managerId });

        Assert.Equal("/administration/cases", response.Location());
        var allocated = await Case("Peter Example");
        Assert.Equal(managerId, allocated.CaseManagerId);
        Assert.Equal(CaseStage.AssessmentDue, allocated.Stage);
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");
        var caseload = await manager.GetDocumentAsync("/case-management?stage=AssessmentDue");
        Assert.Contains(caseload.QuerySelectorAll("tbody td"), td => td.TextContent.Trim() == "Peter Example");
    }

    [Fact]
    public async Task The_allocation_list_counts_the_open_cases_and_those_not_allocated()
    {
        var admin = await factory.SignedInAsync("admin@example.org");
        var (open, notAllocated) = await factory.QueryAsync(async db => (
            await db.Set<CareCase>().CountAsync(c => c.Stage != CaseStage.Closed),
            await db.Set<CareCase>().CountAsync(c => c.Stage != CaseStage.Closed && c.CaseManagerId == null)));

        var page = await admin.GetDocumentAsync("/administration/cases");

        var filters = page.QuerySelectorAll(".app-filter-list li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal([$"All open cases ({open})", $"Not allocated ({notAllocated})"], filters);
    }

    [Fact]
    public async Task The_cases_nobody_holds_come_first()
    {
        // A portal of its own: the other tests allocate the demo's waiting cases.
        using var fresh = new PortalFactory();
        var admin = await fresh.SignedInAsync("admin@example.org");

        var page = await admin.GetDocumentAsync("/administration/cases");

        var managers = page.QuerySelectorAll("main tbody tr").Select(r => r.QuerySelectorAll("td")[4].TextContent.Trim()).ToList();
        Assert.Equal("Not allocated", managers[0]);
        Assert.Equal(managers.OrderBy(m => m == "Not allocated" ? "" : m, StringComparer.OrdinalIgnoreCase), managers);
    }

    [Fact]
    public async Task Only_the_cases_nobody_holds_can_be_shown()
    {
        // A portal of its own: the other tests allocate the demo's waiting cases.
        using var fresh = new PortalFactory();
        var admin = await fresh.SignedInAsync("admin@example.org");

        var page = await admin.GetDocumentAsync("/administration/cases?show=not-allocated");

        Assert.NotEmpty(page.QuerySelectorAll("main tbody tr"));
        Assert.All(page.QuerySelectorAll("main tbody tr"), r => Assert.Equal("Not allocated", r.QuerySelectorAll("td")[4].TextContent.Trim()));
    }

    [Fact]
    public async Task The_open_cases_sort_by_a_persons_name()
    {
        var admin = await factory.SignedInAsync("admin@example.org");

        var page = await admin.GetDocumentAsync("/administration/cases?sort=name");

        var names = page.QuerySelectorAll("main tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.Equal(names.Order(StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("en-GB"), true)), names);
        Assert.Equal("ascending", page.QuerySelectorAll("main thead th")[0].GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task Allocating_WithoutChoosingAManager_AsksForOne()
    {
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin@example.org");
        var jemima = await Case("Jemima Example");

        var response = await admin.SubmitFormAsync($"/administration/cases/{jemima.Id}/allocate", new Dictionary<string, string> { ["CaseManagerId"] = "" });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Select a case manager"], page.ErrorSummary());
    }

    [Fact]
    public async Task Allocating_ACaseSomeoneElseAllocatedMeanwhile_SaysSoAndKeepsTheirs()
    {
        // Its own portal: Peter's request must still be new, whatever the other tests did first.
        using var portal = new PortalFactory();
        var first = portal.CreateBrowserlessClient();
        await first.SignInAsync("admin@example.org");
        var second = portal.CreateBrowserlessClient();
        await second.SignInAsync("admin@example.org");
        var peter = await Case(portal, "Peter Example");
        var firstForm = await first.GetDocumentAsync($"/administration/cases/{peter.Id}/allocate");
        var secondForm = await second.GetDocumentAsync($"/administration/cases/{peter.Id}/allocate");
        var managerId = firstForm.QuerySelector("input[name=CaseManagerId]")!.GetAttribute("value")!;
        Assert.Equal("/administration/cases", (await first.SubmitFormAsync(firstForm, new Dictionary<string, string> { ["CaseManagerId"] = managerId })).Location());
        var allocated = await Case(portal, "Peter Example");

        var response = await second.SubmitFormAsync(secondForm, new Dictionary<string, string> { ["CaseManagerId"] = managerId });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(
            "Someone else changed this case while you were allocating it. Check who holds it now.",
            page.QuerySelector(".govuk-error-summary__list")!.TextContent.Trim());
        Assert.Equal(allocated.Version, (await Case(portal, "Peter Example")).Version);
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.CaseId == peter.Id && a.Description != null && a.Description.StartsWith("allocated the case")));
    }

    [Fact]
    public async Task Allocating_AsACaseManager_IsRefused()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");

        var response = await manager.GetAsync($"/administration/cases/{(await Case("Jemima Example")).Id}/allocate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    private Task<CareCase> Case(string subject) => Case(factory, subject);

    private static async Task<CareCase> Case(PortalFactory portal, string subject)
    {
        using var scope = portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        return await db.Set<CareCase>().AsNoTracking().SingleAsync(c => c.SubjectName == subject);
    }
}

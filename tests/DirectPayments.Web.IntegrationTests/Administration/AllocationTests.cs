using System.Net;
using DirectPayments.Domain.Cases;
using DirectPayments.Infrastructure.Data;
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
    public async Task Allocating_AsACaseManager_IsRefused()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");

        var response = await manager.GetAsync($"/administration/cases/{(await Case("Jemima Example")).Id}/allocate");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    private async Task<CareCase> Case(string subject)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        return await db.Set<CareCase>().AsNoTracking().SingleAsync(c => c.SubjectName == subject);
    }
}

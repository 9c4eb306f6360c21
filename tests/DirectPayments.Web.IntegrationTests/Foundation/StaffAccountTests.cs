using AngleSharp.Dom;
using System.Net;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Foundation;

public sealed class StaffAccountTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task CreateStaffAccount_AsAdministrator_GivesAOneTimePasswordThatMustBeChanged()
    {
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin@example.org");

        var created = await admin.SubmitFormAsync("/administration/staff/new", new Dictionary<string, string>
        {
            ["FullName"] = "Jo Reviewer",
            ["Email"] = "jo.reviewer@example.org",
            ["Role"] = "Reviewer",
        });

        var page = await PortalClient.ParseAsync(created);
        var password = page.QuerySelector("#temporary-password")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(password));
        var staff = factory.CreateBrowserlessClient();
        var signIn = await staff.SignInAsync("jo.reviewer@example.org", password!);
        Assert.Equal("/account/change-password", signIn.Location());
        var elsewhere = await staff.GetAsync("/review");
        Assert.Equal("/account/change-password", elsewhere.Location());
    }

    [Fact]
    public async Task CreateStaffAccount_IsAudited()
    {
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin@example.org");

        await admin.SubmitFormAsync("/administration/staff/new", new Dictionary<string, string>
        {
            ["FullName"] = "Max Manager",
            ["Email"] = "max.manager@example.org",
            ["Role"] = "CaseManager",
        });

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var entry = await db.AuditEntries.SingleAsync(a => a.EntityType == "StaffAccount" && a.Changes.Contains("max.manager@example.org"));
        Assert.Equal("admin@example.org", entry.UserName);
        Assert.Equal("Created", entry.Action);
    }

    [Fact]
    public async Task CreateStaffAccount_ForAnAddressThatHasAnAccount_SaysSoAndMakesNothing()
    {
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin@example.org");

        var response = await admin.SubmitFormAsync("/administration/staff/new", new Dictionary<string, string>
        {
            ["FullName"] = "Chris Again",
            ["Email"] = "casemanager@example.org",
            ["Role"] = "Reviewer",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["An account already exists for this email address"], page.ErrorSummary());
        Assert.Equal("casemanager@example.org", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Email")?.Value);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        Assert.False(await db.AuditEntries.AnyAsync(a => a.EntityType == "StaffAccount" && a.Changes.Contains("casemanager@example.org")));
        Assert.Equal(1, await db.Users.CountAsync(u => u.NormalizedEmail == "CASEMANAGER@EXAMPLE.ORG"));
    }

    [Fact]
    public async Task CreateStaffAccount_WithNoRoleChosen_ShowsTheErrorAndKeepsTheAnswers()
    {
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin@example.org");

        var response = await admin.SubmitFormAsync("/administration/staff/new", new Dictionary<string, string>
        {
            ["FullName"] = "No Role",
            ["Email"] = "no.role@example.org",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Select the person's role"], page.ErrorSummary());
        Assert.Equal("no.role@example.org", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Email")?.Value);
    }

    [Fact]
    public async Task CreateStaffAccount_AsCaseManager_IsRefused()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");

        var response = await manager.GetAsync("/administration/staff/new");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }
}

using System.Net;
using AngleSharp.Dom;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// Issue 16 (ASVS 4.1.x, 3.3): an administrator changes a member of staff's role, and it takes effect at once. The old
/// session ends in the same transaction as the change, so no cookie carries the old role's claims into another request.
/// </summary>
public sealed class StaffRoleChangeTests
{
    private const string RoleForm = "form[action$='/role']";

    // The third button on the account page is "Disable the account" (or "Enable" when disabled).
    private const string DisableForm = ".govuk-button-group form:nth-child(3)";

    [Fact]
    public async Task A_role_change_is_saved_and_audited_against_the_account_in_words()
    {
        using var factory = new PortalFactory();
        var admin = await factory.SignedInAsync("admin@example.org");

        var response = await ChangeRoleAsync(factory, admin, "finance@example.org", Roles.Reviewer);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await admin.GetDocumentAsync(response.Location()!);
        Assert.Contains("The role is changed to reviewer and the account is signed out everywhere", page.MainText(), StringComparison.Ordinal);
        Assert.Equal([Roles.Reviewer], await RolesOfAsync(factory, "finance@example.org"));
        Assert.Equal("role changed from finance to reviewer by admin@example.org, and signed out everywhere", FirstEvent(page));
    }

    [Fact]
    public async Task A_session_from_before_the_role_change_is_signed_out_at_its_next_request()
    {
        using var factory = new PortalFactory();
        var finance = await factory.SignedInAsync("finance@example.org");
        Assert.Equal(HttpStatusCode.OK, (await finance.GetAsync("/payments")).StatusCode);

        await ChangeRoleAsync(factory, await factory.SignedInAsync("admin@example.org"), "finance@example.org", Roles.Reviewer);

        Assert.Equal("/account/sign-in", (await finance.GetAsync("/payments")).Location()?.Split('?')[0]);
        Assert.Equal("/account/sign-in", (await finance.GetAsync("/review")).Location()?.Split('?')[0]);
    }

    [Fact]
    public async Task After_signing_in_again_the_new_roles_pages_open_and_the_old_roles_are_refused()
    {
        using var factory = new PortalFactory();
        await ChangeRoleAsync(factory, await factory.SignedInAsync("admin@example.org"), "finance@example.org", Roles.Reviewer);

        var client = factory.CreateBrowserlessClient();
        Assert.Equal("/review", (await client.SignInAsync("finance@example.org")).Location());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/review")).StatusCode);
        var payments = await client.GetAsync("/payments");
        Assert.StartsWith("/account/access-denied", payments.Location(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(payments.Location())).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_change_their_own_role()
    {
        using var factory = new PortalFactory();
        var admin = await factory.SignedInAsync("admin@example.org");

        var response = await ChangeRoleAsync(factory, admin, "admin@example.org", Roles.Reviewer);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["You cannot change your own role. Ask another administrator"], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Equal([Roles.Administrator], await RolesOfAsync(factory, "admin@example.org"));
    }

    [Fact]
    public async Task An_administrator_demoted_meanwhile_is_signed_out_before_changing_anyone()
    {
        using var factory = new PortalFactory();
        var first = await factory.SignedInAsync("admin@example.org");
        await ChangeRoleAsync(factory, first, "reviewer@example.org", Roles.Administrator);
        var page = await first.GetDocumentAsync($"/administration/staff/{await IdAsync(factory, "finance@example.org")}");

        await ChangeRoleAsync(factory, await factory.SignedInAsync("reviewer@example.org"), "admin@example.org", Roles.Finance);
        var response = await first.SubmitFormAsync(page, new Dictionary<string, string> { ["Role"] = Roles.Administrator }, RoleForm);

        Assert.Equal("/account/sign-in", response.Location()?.Split('?')[0]);
        Assert.Equal([Roles.Finance], await RolesOfAsync(factory, "finance@example.org"));
    }

    [Fact]
    public async Task Two_administrators_disabling_each_other_at_the_same_moment_leave_an_administrator_who_can_sign_in()
    {
        using var factory = new PortalFactory();
        var first = await factory.SignedInAsync("admin@example.org");
        await ChangeRoleAsync(factory, first, "reviewer@example.org", Roles.Administrator);
        var second = await factory.SignedInAsync("reviewer@example.org");
        var firstPage = await first.GetDocumentAsync($"/administration/staff/{await IdAsync(factory, "reviewer@example.org")}");
        var secondPage = await second.GetDocumentAsync($"/administration/staff/{await IdAsync(factory, "admin@example.org")}");

        await Task.WhenAll(
            first.SubmitFormAsync(firstPage, new Dictionary<string, string>(), DisableForm),
            second.SubmitFormAsync(secondPage, new Dictionary<string, string>(), DisableForm));

        Assert.Equal(1, await EnabledAdministratorsAsync(factory));
    }

    [Fact]
    public async Task Two_administrators_demoting_each_other_at_the_same_moment_leave_an_administrator()
    {
        using var factory = new PortalFactory();
        var first = await factory.SignedInAsync("admin@example.org");
        await ChangeRoleAsync(factory, first, "reviewer@example.org", Roles.Administrator);
        var second = await factory.SignedInAsync("reviewer@example.org");

        // Both pages are open before either presses the button, as at two desks; the two posts go together, each on its
        // own connection to the database.
        var firstPage = await first.GetDocumentAsync($"/administration/staff/{await IdAsync(factory, "reviewer@example.org")}");
        var secondPage = await second.GetDocumentAsync($"/administration/staff/{await IdAsync(factory, "admin@example.org")}");
        var fields = new Dictionary<string, string> { ["Role"] = Roles.Reviewer };
        var answers = await Task.WhenAll(first.SubmitFormAsync(firstPage, fields, RoleForm), second.SubmitFormAsync(secondPage, fields, RoleForm));

        // A demotion that succeeded goes back to the account's page; one whose session the other's change ended first is
        // sent to sign in, which is a refusal too.
        Assert.True(answers.Count(a => a.StatusCode == HttpStatusCode.Redirect && a.Location()?.StartsWith("/account/sign-in", StringComparison.Ordinal) != true) <= 1,
            "at most one demotion succeeds");
        Assert.True(await EnabledAdministratorsAsync(factory) >= 1, "an administrator is left");
        Assert.True(await factory.QueryAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Action == "RoleChanged")) <= 2);
    }

    [Fact]
    public async Task The_role_they_already_hold_is_refused_with_the_answer_kept()
    {
        using var factory = new PortalFactory();
        var admin = await factory.SignedInAsync("admin@example.org");

        var response = await ChangeRoleAsync(factory, admin, "reviewer@example.org", Roles.Reviewer);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Robin Reviewer is already a reviewer. Select a different role"], page.ErrorSummary());
        Assert.Equal(Roles.Reviewer, page.QuerySelector($"{RoleForm} input[name=Role]:checked")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_role_that_is_not_a_staff_role_is_refused_with_the_error_summary()
    {
        using var factory = new PortalFactory();
        var admin = await factory.SignedInAsync("admin@example.org");

        var response = await ChangeRoleAsync(factory, admin, "reviewer@example.org", Roles.Citizen);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Select a role for a member of staff"], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Equal([Roles.Reviewer], await RolesOfAsync(factory, "reviewer@example.org"));
    }

    [Fact]
    public async Task A_case_manager_holding_open_cases_keeps_the_role_until_they_are_reallocated()
    {
        using var factory = new PortalFactory();
        var admin = await factory.SignedInAsync("admin@example.org");
        var open = await OpenCasesOfAsync(factory, "casemanager@example.org");
        var page = await admin.GetDocumentAsync($"/administration/staff/{await IdAsync(factory, "casemanager@example.org")}");
        Assert.Contains($"holds {open} open cases as case manager. Reallocate them", page.MainText(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/administration/cases']"));

        var response = await admin.SubmitFormAsync(page, new Dictionary<string, string> { ["Role"] = Roles.Reviewer }, RoleForm);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"holds {open} open cases. Reallocate them to another case manager first", (await PortalClient.ParseAsync(response)).ErrorSummary()[0], StringComparison.Ordinal);
        Assert.Equal([Roles.CaseManager], await RolesOfAsync(factory, "casemanager@example.org"));
    }

    [Fact]
    public async Task A_case_manager_with_no_open_cases_can_take_another_role()
    {
        using var factory = new PortalFactory();
        var admin = await factory.SignedInAsync("admin@example.org");
        await ChangeRoleAsync(factory, admin, "reviewer@example.org", Roles.CaseManager);

        var response = await ChangeRoleAsync(factory, admin, "reviewer@example.org", Roles.Finance);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal([Roles.Finance], await RolesOfAsync(factory, "reviewer@example.org"));
    }

    [Fact]
    public async Task Only_an_administrator_can_change_a_role()
    {
        using var factory = new PortalFactory();
        var admin = await factory.SignedInAsync("admin@example.org");
        var page = await admin.GetDocumentAsync($"/administration/staff/{await IdAsync(factory, "reviewer@example.org")}");
        var finance = await factory.SignedInAsync("finance@example.org");

        // The administrator's form, anti-forgery token and all, sent from a finance session (whose own token is not this).
        var response = await finance.SubmitFormAsync(page, new Dictionary<string, string> { ["Role"] = Roles.Administrator }, RoleForm);

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest || response.Location()?.StartsWith("/account/access-denied", StringComparison.Ordinal) == true);
        var withOwnToken = await finance.PostAsync(
            $"/administration/staff/{await IdAsync(factory, "reviewer@example.org")}/role",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Role"] = Roles.Administrator, ["__RequestVerificationToken"] = await TokenAsync(finance) }));
        Assert.StartsWith("/account/access-denied", withOwnToken.Location(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await finance.GetAsync(withOwnToken.Location())).StatusCode);
        Assert.Equal([Roles.Reviewer], await RolesOfAsync(factory, "reviewer@example.org"));
    }

    [Fact]
    public async Task A_role_change_without_an_anti_forgery_token_is_refused()
    {
        using var factory = new PortalFactory();
        var admin = await factory.SignedInAsync("admin@example.org");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Role"] = Roles.Administrator });

        var response = await admin.PostAsync($"/administration/staff/{await IdAsync(factory, "reviewer@example.org")}/role", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([Roles.Reviewer], await RolesOfAsync(factory, "reviewer@example.org"));
    }

    private static async Task<HttpResponseMessage> ChangeRoleAsync(PortalFactory factory, HttpClient admin, string email, string role) =>
        await admin.SubmitFormAsync(
            $"/administration/staff/{await IdAsync(factory, email)}", new Dictionary<string, string> { ["Role"] = role }, RoleForm);

    /// <summary>An anti-forgery token of the client's own session, from a page with a form that every member of staff has.</summary>
    private static async Task<string> TokenAsync(HttpClient client) =>
        (await client.GetDocumentAsync("/account")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private static string FirstEvent(IDocument page) => page.QuerySelector("tbody tr td:nth-child(2)")!.TextContent.Trim();

    private static Task<string> IdAsync(PortalFactory factory, string email) =>
        factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static Task<List<string>> RolesOfAsync(PortalFactory factory, string email) =>
        factory.QueryAsync(db => (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where u.Email == email
            select r.Name!).ToListAsync());

    private static async Task<int> EnabledAdministratorsAsync(PortalFactory factory)
    {
        var admins = await factory.QueryAsync(db => (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where r.Name == Roles.Administrator
            select u.LockoutEnd).ToListAsync());
        return admins.Count(end => end?.Year != DateTimeOffset.MaxValue.Year);
    }

    private static async Task<int> OpenCasesOfAsync(PortalFactory factory, string email)
    {
        var id = await IdAsync(factory, email);
        return await factory.QueryAsync(db => db.Set<CareCase>().CountAsync(c => c.CaseManagerId == id && c.Stage != CaseStage.Closed));
    }
}

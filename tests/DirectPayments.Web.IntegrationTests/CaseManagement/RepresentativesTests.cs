using DirectPayments.Application.CaseManagement.Representatives;
using System.Net;
using DirectPayments.Domain.Cases;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class RepresentativesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_nominated_person_signs_in_with_their_own_account_and_acts_for_that_person_only()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");
        var sam = await CaseId("Sam Second-Citizen");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{sam}/representatives", new Dictionary<string, string>
        {
            ["Email"] = "citizen@example.org",
            ["Role"] = "NominatedPerson",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var nominee = factory.CreateBrowserlessClient();
        await nominee.SignInAsync("citizen@example.org");
        var home = await nominee.GetDocumentAsync("/citizen");
        Assert.Contains(home.QuerySelectorAll("tbody a"), a => a.TextContent.Trim() == "Sam Second-Citizen");
        Assert.Equal(HttpStatusCode.OK, (await nominee.GetAsync($"/citizen/cases/{sam}")).StatusCode);
        var stranger = factory.CreateBrowserlessClient();
        await stranger.SignInAsync("citizen2@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/citizen/cases/{await CaseId("Alex Citizen")}")).StatusCode);
    }

    [Fact]
    public async Task Recording_someone_without_a_citizen_account_says_they_need_one()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{await CaseId("Margaret Example")}/representatives", new Dictionary<string, string>
        {
            ["Email"] = "reviewer@example.org",
            ["Role"] = "AuthorisedPerson",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["There is no citizen account with that email address. Ask them to create an account first"], page.ErrorSummary());
    }

    [Fact]
    public async Task Recording_an_account_whose_address_was_never_confirmed_is_refused_and_gives_no_access()
    {
        await factory.CreateBrowserlessClient().SubmitFormAsync("/account/register", new Dictionary<string, string>
        {
            ["FullName"] = "Pat Squatter", ["Email"] = "pat.relative@example.org", ["Password"] = "Squatting-Passw0rd", ["ConfirmPassword"] = "Squatting-Passw0rd",
        });
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");
        var margaret = await CaseId("Margaret Example");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{margaret}/representatives", new Dictionary<string, string>
        {
            ["Email"] = "pat.relative@example.org",
            ["Role"] = "AuthorisedPerson",
        });

        Assert.Equal([RecordRepresentative.NotConfirmedMessage("pat.relative@example.org")], (await PortalClient.ParseAsync(response)).ErrorSummary());
        using var scope = factory.Services.CreateScope();
        var careCase = await scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>().Set<CareCase>().Include(c => c.Members).SingleAsync(c => c.Id == margaret);
        Assert.DoesNotContain(careCase.Members, m => m.Role == CaseMemberRole.AuthorisedPerson);
    }

    [Fact]
    public async Task Recording_for_a_case_not_on_their_caseload_is_not_found()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");

        var response = await manager.GetAsync($"/case-management/cases/{await CaseId("Peter Example")}/representatives");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Guid> CaseId(string subject)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>().Set<CareCase>().SingleAsync(c => c.SubjectName == subject)).Id;
    }
}

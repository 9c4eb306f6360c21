using System.Net;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Notices;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.Citizen;

public sealed class NominationTests
{
    [Fact]
    public async Task A_request_waits_for_the_case_manager_who_sees_it_on_the_case()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var person = await factory.SignedInAsync("citizen@example.org");

        await Nominate(person, alex, "Sam Second-Citizen", "citizen2@example.org");

        var manager = await factory.SignedInAsync("casemanager@example.org");
        Assert.Contains("The person has asked for a nominated person", (await manager.GetDocumentAsync($"/case-management/cases/{alex}")).MainText(), StringComparison.Ordinal);
        Assert.Equal(NominationStatus.Waiting, (await Request(factory, alex)).Status);
    }

    [Fact]
    public async Task Agreeing_asks_the_nominee_who_sees_the_case_once_they_accept()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await Nominate(await factory.SignedInAsync("citizen@example.org"), alex, "Sam Second-Citizen", "citizen2@example.org");
        var manager = await factory.SignedInAsync("casemanager@example.org");
        await manager.SubmitFormAsync($"/case-management/cases/{alex}/nominations/{(await Request(factory, alex)).Id}", new Dictionary<string, string> { ["Decision"] = "accept" });
        var nominee = await factory.SignedInAsync("citizen2@example.org");

        await RepresentativesTests.AnswerAsync(nominee, "accept");

        using var response = await nominee.GetAsync($"/citizen/cases/{alex}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Agreeing_tells_the_person_their_nominee_has_been_asked()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await Nominate(await factory.SignedInAsync("citizen@example.org"), alex, "Sam Second-Citizen", "citizen2@example.org");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync($"/case-management/cases/{alex}/nominations/{(await Request(factory, alex)).Id}", new Dictionary<string, string> { ["Decision"] = "accept" });

        Assert.True(await factory.QueryAsync(db => db.Set<Notice>().AnyAsync(n => n.CaseId == alex && n.Title == "We have agreed to your nominated person")));
        Assert.Equal(NominationStatus.Accepted, (await Request(factory, alex)).Status);
    }

    [Fact]
    public async Task Agreeing_to_a_nominee_with_no_account_yet_invites_their_address()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await Nominate(await factory.SignedInAsync("citizen@example.org"), alex, "Jo Nobody", "jo.nobody@example.org");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync($"/case-management/cases/{alex}/nominations/{(await Request(factory, alex)).Id}",
            new Dictionary<string, string> { ["Decision"] = "accept" });

        var invitation = await factory.QueryAsync(db => db.Set<RepresentativeInvitation>().SingleAsync(i => i.CaseId == alex));
        Assert.Equal(("jo.nobody@example.org", InvitationStatus.Waiting), (invitation.Email, invitation.Status));
    }

    [Fact]
    public async Task A_nominee_address_someone_registered_but_never_confirmed_gives_them_nothing()
    {
        // The squatter: someone registers the nominee's address before the nominee does, and cannot confirm it.
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await factory.CreateBrowserlessClient().SubmitFormAsync("/account/register", new Dictionary<string, string>
        {
            ["FullName"] = "Jo Squatter", ["Email"] = "jo.relative@example.org", ["Password"] = "Squatting-Passw0rd", ["ConfirmPassword"] = "Squatting-Passw0rd",
        });
        await Nominate(await factory.SignedInAsync("citizen@example.org"), alex, "Jo Relative", "jo.relative@example.org");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync($"/case-management/cases/{alex}/nominations/{(await Request(factory, alex)).Id}",
            new Dictionary<string, string> { ["Decision"] = "accept" });

        var members = await factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == alex).SelectMany(c => c.Members).CountAsync(m => m.IsActive));
        Assert.Equal(1, members);
    }

    [Fact]
    public async Task Declining_needs_a_reason_which_the_person_is_told()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await Nominate(await factory.SignedInAsync("citizen@example.org"), alex, "Jo Nobody", "jo.nobody@example.org");
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var url = $"/case-management/cases/{alex}/nominations/{(await Request(factory, alex)).Id}";

        var refused = await manager.SubmitFormAsync(url, new Dictionary<string, string> { ["Decision"] = "decline", ["Reason"] = "" });
        Assert.Equal(["Enter why you are not recording them"], (await PortalClient.ParseAsync(refused)).ErrorSummary());
        await manager.SubmitFormAsync(url, new Dictionary<string, string> { ["Decision"] = "decline", ["Reason"] = "Jo told us they cannot take this on." });

        Assert.Equal(NominationStatus.Declined, (await Request(factory, alex)).Status);
        Assert.True(await factory.QueryAsync(db => db.Set<Notice>().AnyAsync(n => n.CaseId == alex && n.Body.Contains("Jo told us they cannot take this on."))));
    }

    [Fact]
    public async Task Without_the_confirmation_the_request_is_refused_and_the_answers_kept()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var person = await factory.SignedInAsync("citizen@example.org");

        var response = await person.SubmitFormAsync($"/citizen/cases/{alex}/nominate", new Dictionary<string, string>
        {
            ["NomineeName"] = "Pat Friend", ["NomineeEmail"] = "pat@example.org", ["Relationship"] = "Friend",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Confirm that you want this person to manage your direct payment and see your case"], page.ErrorSummary());
        Assert.Equal("Pat Friend", page.QuerySelector("input[name=NomineeName]")!.GetAttribute("value"));
        Assert.False(await factory.QueryAsync(db => db.Set<NominationRequest>().AnyAsync()));
    }

    [Fact]
    public async Task A_second_request_while_one_waits_is_refused()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var person = await factory.SignedInAsync("citizen@example.org");
        await Nominate(person, alex, "Pat Friend", "pat@example.org");

        // The page now offers only "withdraw"; post a second request as an old tab would.
        var page = await person.GetDocumentAsync($"/citizen/cases/{alex}/nominate");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent([new("NomineeName", "Lee Friend"), new("NomineeEmail", "lee@example.org"),
            new("Relationship", "Friend"), new("Confirm", "yes"), new("__RequestVerificationToken", token)]);
        using var response = await person.PostAsync($"/citizen/cases/{alex}/nominate", content);

        Assert.Equal(["You have already asked us to record someone. Wait for our answer, or withdraw that request first"],
            (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Equal(["Pat Friend"], await factory.QueryAsync(db => db.Set<NominationRequest>().Where(n => n.CaseId == alex).Select(n => n.NomineeName).ToListAsync()));
    }

    [Fact]
    public async Task The_person_can_withdraw_a_waiting_request()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var person = await factory.SignedInAsync("citizen@example.org");
        await Nominate(person, alex, "Pat Friend", "pat@example.org");

        await person.SubmitFormAsync($"/citizen/cases/{alex}/nominate", new Dictionary<string, string>(), $"form[action='/citizen/cases/{alex}/nominate/withdraw']");

        Assert.Equal(NominationStatus.Withdrawn, (await Request(factory, alex)).Status);
    }

    [Fact]
    public async Task Withdrawing_from_an_old_page_a_request_already_withdrawn_says_why_and_changes_nothing()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var person = await factory.SignedInAsync("citizen@example.org");
        await Nominate(person, alex, "Pat Friend", "pat@example.org");
        var oldPage = await person.GetDocumentAsync($"/citizen/cases/{alex}/nominate");
        await person.SubmitFormAsync(oldPage, new Dictionary<string, string>(), $"form[action='/citizen/cases/{alex}/nominate/withdraw']");

        var again = await person.SubmitFormAsync(oldPage, new Dictionary<string, string>(), $"form[action='/citizen/cases/{alex}/nominate/withdraw']");

        Assert.Equal($"/citizen/cases/{alex}/nominate", again.Location());
        Assert.Contains("This nomination has already been decided.", (await person.GetDocumentAsync(again.Location()!)).MainText(), StringComparison.Ordinal);
        Assert.Equal(NominationStatus.Withdrawn, (await Request(factory, alex)).Status);
    }

    [Fact]
    public async Task A_request_is_audited_in_words_with_who_asked()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");

        await Nominate(await factory.SignedInAsync("citizen@example.org"), alex, "Pat Friend", "pat@example.org");

        var entry = await factory.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.CaseId == alex && e.Action == AuditEntry.ActionTaken));
        Assert.Equal("asked for a nominated person", entry.Description);
        Assert.Equal("citizen@example.org", entry.UserName);
        Assert.Equal("citizen@example.org", (await Request(factory, alex)).RequestedBy);
    }

    [Fact]
    public async Task Another_citizen_cannot_ask_on_someone_elses_case()
    {
        using var factory = new PortalFactory();
        var other = await factory.SignedInAsync("citizen2@example.org");

        using var response = await other.GetAsync($"/citizen/cases/{await factory.CaseIdAsync("Alex Citizen")}/nominate");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_nominated_person_cannot_nominate_someone_else()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        await Nominate(await factory.SignedInAsync("citizen@example.org"), alex, "Sam Second-Citizen", "citizen2@example.org");
        await (await factory.SignedInAsync("casemanager@example.org")).SubmitFormAsync(
            $"/case-management/cases/{alex}/nominations/{(await Request(factory, alex)).Id}", new Dictionary<string, string> { ["Decision"] = "accept" });
        var nominee = await factory.SignedInAsync("citizen2@example.org");
        await RepresentativesTests.AnswerAsync(nominee, "accept");

        using var response = await nominee.GetAsync($"/citizen/cases/{alex}/nominate");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_citizen_cannot_nominate_themselves()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var response = await Nominate(await factory.SignedInAsync("citizen@example.org"), alex, "Me", "Citizen@Example.org");

        var page = await PortalClient.ParseAsync(response);
        var error = Assert.Single(page.QuerySelectorAll(".govuk-error-summary__list a"));
        Assert.Equal(("#NomineeEmail", "You cannot nominate yourself. Enter the email address of the person you want to manage your direct payment"), (error.GetAttribute("href"), error.TextContent.Trim()));
        Assert.False(await factory.QueryAsync(db => db.Set<NominationRequest>().AnyAsync(n => n.CaseId == alex && n.NomineeName == "Me")));
    }

    private static Task<HttpResponseMessage> Nominate(HttpClient client, Guid caseId, string name, string email) =>
        client.SubmitFormAsync($"/citizen/cases/{caseId}/nominate", new List<KeyValuePair<string, string>>
        {
            new("NomineeName", name), new("NomineeEmail", email), new("Relationship", "Friend"), new("Confirm", "yes"),
        });

    private static Task<NominationRequest> Request(PortalFactory factory, Guid caseId) =>
        factory.QueryAsync(db => db.Set<NominationRequest>().OrderByDescending(n => n.RequestedOn).FirstAsync(n => n.CaseId == caseId));
}

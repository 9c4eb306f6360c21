using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.Application.CaseManagement.Representatives;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Notices;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// Issue 16: a case manager recorded a nominated or authorised person by e-mail address alone, so whoever held an
/// account for that address got the person's case. The council now invites the address, and only the owner of a
/// confirmed account for it, signed in, can accept.
/// </summary>
public sealed class RepresentativesTests
{
    [Fact]
    public async Task Nobody_acts_on_the_case_until_the_person_invited_accepts()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");

        await InviteAsync(factory, sam, "citizen@example.org");

        var invitee = await factory.SignedInAsync("citizen@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await invitee.GetAsync($"/citizen/cases/{sam}")).StatusCode);
    }

    [Fact]
    public async Task The_person_invited_sees_the_invitation_on_their_home_page()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "citizen@example.org");

        var home = await (await factory.SignedInAsync("citizen@example.org")).GetDocumentAsync("/citizen");

        Assert.Contains("The council asked you on 22 November 2026 to be Sam Second-Citizen's nominated person.", home.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_lets_them_act_for_that_person_only()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "citizen@example.org");
        var invitee = await factory.SignedInAsync("citizen@example.org");

        await AnswerAsync(invitee, "accept");

        var home = await invitee.GetDocumentAsync("/citizen");
        Assert.Contains(home.QuerySelectorAll("tbody a"), a => a.TextContent.Trim() == "Sam Second-Citizen");
        Assert.Equal(HttpStatusCode.OK, (await invitee.GetAsync($"/citizen/cases/{sam}")).StatusCode);
        var stranger = await factory.SignedInAsync("citizen2@example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/citizen/cases/{await factory.CaseIdAsync("Alex Citizen")}")).StatusCode);
    }

    [Fact]
    public async Task Accepting_tells_the_person_who_now_acts_for_them()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "citizen@example.org");

        await AnswerAsync(await factory.SignedInAsync("citizen@example.org"), "accept");

        var letter = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == sam && n.Title == "Someone can now act for you"));
        Assert.StartsWith("Alex Citizen has agreed to be your nominated person.", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declining_leaves_nobody_acting_and_tells_the_person()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "citizen@example.org");
        var invitee = await factory.SignedInAsync("citizen@example.org");

        await AnswerAsync(invitee, "decline");

        Assert.Equal(HttpStatusCode.NotFound, (await invitee.GetAsync($"/citizen/cases/{sam}")).StatusCode);
        Assert.True(await factory.QueryAsync(db => db.Set<Notice>().AnyAsync(n => n.CaseId == sam && n.Title == "Someone will not act for you")));
    }

    [Fact]
    public async Task The_invitation_is_emailed_to_the_address_and_names_nobody()
    {
        // A mistyped address must learn nothing about the person.
        using var factory = new MailFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "new.helper@example.org");

        await factory.SendOutboxAsync();

        var email = Assert.Single(factory.To("new.helper@example.org"));
        Assert.Equal("You have been asked to act for someone", email.Subject);
        Assert.DoesNotContain("Sam", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_withdrawn_invitation_not_yet_sent_is_never_emailed()
    {
        using var factory = new MailFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "new.helper@example.org");
        await (await factory.SignedInAsync("casemanager@example.org"))
            .SubmitFormAsync($"/case-management/cases/{sam}/representatives", new Dictionary<string, string>(), "form[action$='/withdraw']");

        await factory.SendOutboxAsync();

        Assert.Empty(factory.To("new.helper@example.org"));
    }

    [Fact]
    public async Task An_address_with_no_account_yet_can_be_invited()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");

        var response = await InviteAsync(factory, sam, "new.helper@example.org");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(InvitationStatus.Waiting, (await InvitationAsync(factory, sam)).Status);
    }

    [Fact]
    public async Task Another_account_cannot_answer_an_invitation_sent_to_someone_else()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "citizen@example.org");
        var invitation = await InvitationAsync(factory, sam);
        var other = await factory.SignedInAsync("citizen2@example.org");
        var home = await other.GetDocumentAsync("/citizen");

        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["version"] = invitation.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var response = await other.PostAsync($"/citizen/invitations/{invitation.Id}/accept", form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(InvitationStatus.Waiting, (await InvitationAsync(factory, sam)).Status);
    }

    [Fact]
    public async Task Someone_who_registered_the_address_but_never_confirmed_it_sees_nothing_of_the_case()
    {
        // The squatter: someone registers a relative's address first; without its inbox they cannot confirm it, so
        // they cannot sign in to accept.
        using var factory = new PortalFactory();
        await factory.CreateBrowserlessClient().SubmitFormAsync("/account/register", new Dictionary<string, string>
        {
            ["FullName"] = "Pat Squatter", ["Email"] = "pat.relative@example.org", ["Password"] = "Squatting-Passw0rd", ["ConfirmPassword"] = "Squatting-Passw0rd",
        });
        var margaret = await factory.CaseIdAsync("Margaret Example");
        await InviteAsync(factory, margaret, "pat.relative@example.org", "AuthorisedPerson");
        var squatter = factory.CreateBrowserlessClient();

        await squatter.SignInAsync("pat.relative@example.org", "Squatting-Passw0rd");

        Assert.NotEqual(HttpStatusCode.OK, (await squatter.GetAsync("/citizen")).StatusCode);
        Assert.Equal(InvitationStatus.Waiting, (await InvitationAsync(factory, margaret)).Status);
    }

    [Fact]
    public async Task A_withdrawn_invitation_can_no_longer_be_accepted()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "citizen@example.org");
        var invitee = await factory.SignedInAsync("citizen@example.org");
        var home = await invitee.GetDocumentAsync("/citizen");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync($"/case-management/cases/{sam}/representatives", new Dictionary<string, string>(), "form[action$='/withdraw']");
        await invitee.SubmitFormAsync(home, new Dictionary<string, string>(), "form[action$='/accept']");

        Assert.Equal(InvitationStatus.Withdrawn, (await InvitationAsync(factory, sam)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await invitee.GetAsync($"/citizen/cases/{sam}")).StatusCode);
    }

    [Fact]
    public async Task A_second_invitation_to_the_same_address_while_one_waits_is_refused()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "citizen@example.org");

        var response = await InviteAsync(factory, sam, " CITIZEN@example.org");

        Assert.Equal([Invitations.AlreadyAskedMessage], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task Two_invitations_to_one_address_sent_at_the_same_moment_make_one()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        var managers = new[] { await factory.SignedInAsync("casemanager@example.org"), await factory.SignedInAsync("casemanager@example.org") };
        var pages = await Task.WhenAll(managers.Select(m => m.GetDocumentAsync($"/case-management/cases/{sam}/representatives")));

        await Task.WhenAll(managers.Select((m, i) => m.SubmitFormAsync(pages[i], new Dictionary<string, string>
        {
            ["Email"] = "new.helper@example.org",
            ["Role"] = "NominatedPerson",
        }, "form#invite")));

        Assert.Equal(1, await factory.QueryAsync(db => db.Set<RepresentativeInvitation>().CountAsync(i => i.CaseId == sam && i.Status == InvitationStatus.Waiting)));
    }

    [Fact]
    public async Task Inviting_someone_who_already_acts_is_refused()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var response = await InviteAsync(factory, alex, "citizen@example.org");

        Assert.Equal([Invitations.AlreadyActsMessage], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task An_invitation_address_longer_than_256_characters_is_refused()
    {
        using var factory = new PortalFactory();
        var margaret = await factory.CaseIdAsync("Margaret Example");

        var response = await InviteAsync(factory, margaret, new string('a', 300) + "@x.org");

        Assert.Equal(["Email address must be 256 characters or fewer"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task A_member_of_staff_cannot_be_invited_to_act()
    {
        using var factory = new PortalFactory();
        var margaret = await factory.CaseIdAsync("Margaret Example");

        var response = await InviteAsync(factory, margaret, "casemanager@example.org");

        Assert.Equal([Invitations.StaffMessage], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task Each_answer_is_audited_on_the_case_in_words()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "citizen@example.org");

        await AnswerAsync(await factory.SignedInAsync("citizen@example.org"), "accept");

        var said = await factory.QueryAsync(db => db.Set<AuditEntry>().Where(a => a.CaseId == sam && a.Action == AuditEntry.ActionTaken).Select(a => a.Description).ToListAsync());
        Assert.Contains("asked a nominated person to act for the person; citizen@example.org", said);
        Assert.Contains("accepted the invitation to act for the person; Alex Citizen as nominated person", said);
    }

    [Fact]
    public async Task Inviting_for_a_case_not_on_their_caseload_is_not_found()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.GetAsync($"/case-management/cases/{await factory.CaseIdAsync("Peter Example")}/representatives");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Withdrawing_an_invitation_on_a_case_not_on_their_caseload_is_not_found()
    {
        using var factory = new PortalFactory();
        var peter = await factory.CaseIdAsync("Peter Example");
        var invitation = await factory.QueryAsync(async db =>
        {
            var sent = new RepresentativeInvitation(peter, "new.helper@example.org", CaseMemberRole.NominatedPerson, "Another Manager", DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime));
            db.Add(sent);
            await db.SaveChangesAsync();
            return sent;
        });
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var ownPage = await manager.GetDocumentAsync($"/case-management/cases/{await factory.CaseIdAsync("Sam Second-Citizen")}/representatives");

        // A forged withdrawal, with a genuine token from a page of their own.
        var token = ownPage.QuerySelector<IHtmlInputElement>("form#invite input[name=__RequestVerificationToken]")!.Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = invitation.Version.ToString(CultureInfo.InvariantCulture), ["__RequestVerificationToken"] = token });

        var response = await manager.PostAsync($"/case-management/cases/{peter}/representatives/invitations/{invitation.Id}/withdraw", form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(InvitationStatus.Waiting, (await InvitationAsync(factory, peter)).Status);
    }

    [Fact]
    public async Task The_invitation_email_says_until_when_it_can_be_answered()
    {
        using var factory = new MailFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "new.helper@example.org");

        await factory.SendOutboxAsync();

        Assert.Contains("You can answer until 20 December 2026.", Assert.Single(factory.To("new.helper@example.org")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_not_answered_within_28_days_no_longer_shows_to_the_person_invited()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "citizen@example.org");

        factory.Clock.Advance(TimeSpan.FromDays(29));
        var home = await (await factory.SignedInAsync("citizen@example.org")).GetDocumentAsync("/citizen");

        Assert.Empty(home.QuerySelectorAll("form[action$='/accept']"));
    }

    [Fact]
    public async Task An_invitation_cannot_be_accepted_after_it_expired()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "citizen@example.org");
        var home = await (await factory.SignedInAsync("citizen@example.org")).GetDocumentAsync("/citizen");

        factory.Clock.Advance(TimeSpan.FromDays(29));
        var invitee = await factory.SignedInAsync("citizen@example.org");
        await invitee.SubmitFormAsync(home, new Dictionary<string, string>(), "form[action$='/accept']");

        Assert.Equal(HttpStatusCode.NotFound, (await invitee.GetAsync($"/citizen/cases/{sam}")).StatusCode);
        Assert.Equal(InvitationStatus.Waiting, (await InvitationAsync(factory, sam)).Status);
    }

    [Fact]
    public async Task The_case_manager_sees_that_an_invitation_expired()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "citizen@example.org");

        factory.Clock.Advance(TimeSpan.FromDays(29));
        var page = await (await factory.SignedInAsync("casemanager@example.org")).GetDocumentAsync($"/case-management/cases/{sam}/representatives");

        Assert.Contains("Expired Not answered by 20 December 2026.", Normalised(page.MainText()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_an_address_again_after_its_invitation_expired_sends_a_new_one()
    {
        using var factory = new MailFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "new.helper@example.org");
        await factory.SendOutboxAsync();

        factory.Clock.Advance(TimeSpan.FromDays(29));
        var response = await InviteAsync(factory, sam, "new.helper@example.org", "AuthorisedPerson");
        await factory.SendOutboxAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var invitation = await InvitationAsync(factory, sam);
        Assert.Equal((InvitationStatus.Waiting, CaseMemberRole.AuthorisedPerson, new DateOnly(2027, 1, 18)), (invitation.Status, invitation.Role, invitation.ExpiresOn));
        Assert.Contains("You can answer until 18 January 2027.", factory.To("new.helper@example.org")[^1].Body, StringComparison.Ordinal);
    }

    // citizen@ acts for Sam as nominated person: their member id on Sam's case.
    private static async Task<(Guid Sam, Guid MemberId)> NomineeActingForSamAsync(PortalFactory factory)
    {
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await InviteAsync(factory, sam, "citizen@example.org");
        await AnswerAsync(await factory.SignedInAsync("citizen@example.org"), "accept");
        var member = await factory.QueryAsync(db => db.Set<CaseMember>().Where(m => m.CaseId == sam && m.Role == CaseMemberRole.NominatedPerson && m.IsActive).Select(m => m.Id).SingleAsync());
        return (sam, member);
    }

    private static async Task<HttpResponseMessage> RemoveAsync(PortalFactory factory, Guid caseId, Guid memberId, string reason) =>
        await (await factory.SignedInAsync("casemanager@example.org")).SubmitFormAsync(
            $"/case-management/cases/{caseId}/representatives/members/{memberId}/remove", new Dictionary<string, string> { ["Reason"] = reason });

    [Fact]
    public async Task A_removed_nominated_person_no_longer_sees_the_case()
    {
        using var factory = new PortalFactory();
        var (sam, member) = await NomineeActingForSamAsync(factory);

        using var removed = await RemoveAsync(factory, sam, member, "Sam asked us to stop it.");

        Assert.Equal($"/case-management/cases/{sam}/representatives", removed.Location());
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync("citizen@example.org")).GetAsync($"/citizen/cases/{sam}")).StatusCode);
    }

    [Fact]
    public async Task The_person_is_written_to_with_the_reason_when_someone_is_removed()
    {
        using var factory = new PortalFactory();
        var (sam, member) = await NomineeActingForSamAsync(factory);

        await RemoveAsync(factory, sam, member, "Sam asked us to stop it.");

        var letter = await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.CaseId == sam && n.Title == "Someone no longer acts for you").SingleAsync());
        Assert.Equal("Alex Citizen is no longer your nominated person. Sam asked us to stop it. They can no longer see your case or manage your direct payment. Talk to your case manager if you would like someone else to help.", letter.Body);
    }

    [Fact]
    public async Task Removing_someone_needs_a_reason()
    {
        using var factory = new PortalFactory();
        var (sam, member) = await NomineeActingForSamAsync(factory);

        var page = await PortalClient.ParseAsync(await RemoveAsync(factory, sam, member, ""));

        Assert.Equal(["Enter why they no longer act for the person"], page.ErrorSummary());
        Assert.True(await factory.QueryAsync(db => db.Set<CaseMember>().Where(m => m.Id == member).Select(m => m.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task The_person_themselves_cannot_be_removed()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        var own = await factory.QueryAsync(db => db.Set<CaseMember>().Where(m => m.CaseId == sam && m.Role != CaseMemberRole.NominatedPerson).Select(m => m.Id).FirstAsync());
        var manager = await factory.SignedInAsync("casemanager@example.org");

        using var response = await manager.GetAsync($"/case-management/cases/{sam}/representatives/members/{own}/remove");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Someone_the_direct_payment_is_paid_to_is_not_removed_until_it_stops()
    {
        using var factory = new PortalFactory();
        var olive = await factory.CaseIdAsync("Olive Review");
        await factory.QueryAsync(async db =>
        {
            var agreement = await db.Set<Domain.Payments.DirectPaymentAgreement>().SingleAsync(d => d.CaseId == olive);
            db.Entry(agreement).Property(d => d.Recipient).CurrentValue = Domain.Payments.Recipient.NominatedPerson;
            return await db.SaveChangesAsync();
        });
        await InviteAsync(factory, olive, "citizen@example.org");
        await AnswerAsync(await factory.SignedInAsync("citizen@example.org"), "accept");
        var member = await factory.QueryAsync(db => db.Set<CaseMember>().Where(m => m.CaseId == olive && m.Role == CaseMemberRole.NominatedPerson).Select(m => m.Id).SingleAsync());

        var page = await PortalClient.ParseAsync(await RemoveAsync(factory, olive, member, "They moved abroad."));

        Assert.Contains("Suspend or end it first", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.QueryAsync(db => db.Set<CaseMember>().Where(m => m.Id == member).Select(m => m.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task A_case_manager_outside_the_case_cannot_remove_anyone()
    {
        using var factory = new PortalFactory();
        var (sam, member) = await NomineeActingForSamAsync(factory);
        var other = await factory.OtherCaseManagerAsync();

        using var response = await other.GetAsync($"/case-management/cases/{sam}/representatives/members/{member}/remove");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_person_can_stop_their_nominated_person_acting_for_them()
    {
        using var factory = new PortalFactory();
        var (sam, member) = await NomineeActingForSamAsync(factory);
        var person = await factory.SignedInAsync("citizen2@example.org");

        using var stopped = await person.SubmitFormAsync($"/citizen/cases/{sam}/nominate", new Dictionary<string, string>(), $"form[action$='/members/{member}/stop']");

        Assert.Equal($"/citizen/cases/{sam}/nominate", stopped.Location());
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.SignedInAsync("citizen@example.org")).GetAsync($"/citizen/cases/{sam}")).StatusCode);
        var letter = await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.CaseId == sam && n.Title == "Someone no longer acts for you").SingleAsync());
        Assert.Contains("You asked us to stop this.", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nominated_person_cannot_stop_another_acting_through_the_persons_page()
    {
        using var factory = new PortalFactory();
        var (sam, member) = await NomineeActingForSamAsync(factory);
        var nominee = await factory.SignedInAsync("citizen@example.org");
        var token = (await nominee.GetDocumentAsync("/citizen")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("version", "1")]);
        using var response = await nominee.PostAsync($"/citizen/cases/{sam}/nominate/members/{member}/stop", content);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await factory.QueryAsync(db => db.Set<CaseMember>().Where(m => m.Id == member).Select(m => m.IsActive).SingleAsync()));
    }

    private static async Task<HttpResponseMessage> InviteAsync(PortalFactory factory, Guid caseId, string email, string role = "NominatedPerson") =>
        await (await factory.SignedInAsync("casemanager@example.org")).SubmitFormAsync($"/case-management/cases/{caseId}/representatives", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Role"] = role,
        }, "form#invite");

    /// <summary>The invitee answers from their home page, as they would.</summary>
    internal static async Task AnswerAsync(HttpClient invitee, string answer) =>
        await invitee.SubmitFormAsync("/citizen", new Dictionary<string, string>(), $"form[action$='/{answer}']");

    private static string Normalised(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static Task<RepresentativeInvitation> InvitationAsync(PortalFactory factory, Guid caseId) =>
        factory.QueryAsync(db => db.Set<RepresentativeInvitation>().OrderByDescending(i => i.Id).FirstAsync(i => i.CaseId == caseId));
}

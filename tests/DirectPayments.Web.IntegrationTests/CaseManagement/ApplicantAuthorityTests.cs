using System.Net;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// Someone who asks for another person says what gives them the right to act for them, and may agree nothing for the
/// person until the case manager has checked it.
/// </summary>
public sealed class ApplicantAuthorityTests
{
    private const string Sam = "citizen2@example.org";

    [Fact]
    public async Task Someone_asking_on_anothers_behalf_is_asked_whether_they_agree()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        await client.AnswerApplyStepAsync("who", ("Who", "OnBehalfOf"));
        await client.AnswerApplyStepAsync("person", ("FullName", "Dorothy Example"), ("DateOfBirth.Day", "3"), ("DateOfBirth.Month", "2"), ("DateOfBirth.Year", "1941"));

        var response = await client.AnswerApplyStepAsync("relationship", ("Relationship", "Granddaughter"));

        Assert.Equal("/citizen/apply/authority", response.Location());
        var page = await client.GetDocumentAsync("/citizen/apply/authority");
        Assert.Equal("Does Dorothy Example know you are asking for them, and agree?", page.QuerySelector("legend h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_parent_without_parental_responsibility_is_told_how_to_get_help()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync(Sam);
        await client.AnswerApplyStepAsync("who", ("Who", "ParentOfDisabledChild"));
        await client.AnswerApplyStepAsync("person", ("FullName", "Milo Example"), ("DateOfBirth.Day", "3"), ("DateOfBirth.Month", "2"), ("DateOfBirth.Year", "2016"));
        await client.AnswerApplyStepAsync("relationship", ("Relationship", "Stepfather"));

        var response = await client.AnswerApplyStepAsync("authority", ("Authority", "no"));

        var errors = (await PortalClient.ParseAsync(response)).ErrorSummary();
        Assert.StartsWith("Only someone with parental responsibility can ask for a child's assessment here. To ask for help for a child, phone Anytown Council", Assert.Single(errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applicant_whose_authority_is_not_checked_cannot_agree_the_plan()
    {
        using var factory = new PortalFactory();
        var ravi = await AskedForByOnBehalfAsync(factory);
        var sam = await factory.SignedInAsync(Sam);

        await AgreeAsync(sam, ravi);

        Assert.Null(await factory.QueryAsync(db => db.Set<SupportPlan>().Where(p => p.CaseId == ravi).Select(p => p.AgreedByPersonOn).SingleAsync()));
    }

    [Fact]
    public async Task The_plan_page_tells_an_unchecked_applicant_why_they_cannot_agree()
    {
        using var factory = new PortalFactory();
        var ravi = await AskedForByOnBehalfAsync(factory);
        var sam = await factory.SignedInAsync(Sam);

        var page = await sam.GetDocumentAsync($"/citizen/cases/{ravi}/plan");

        Assert.Null(page.QuerySelector($"form[action='/citizen/cases/{ravi}/plan/agree']"));
        Assert.Contains("Your case manager needs to check your right to act for Ravi Shah before you can agree their support plan", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_waits_on_the_case_manager_to_check_it()
    {
        using var factory = new PortalFactory();
        var ravi = await AskedForByOnBehalfAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync($"/case-management/cases/{ravi}");

        Assert.NotNull(page.QuerySelector($".app-waiting a[href='/case-management/cases/{ravi}/authority']"));
    }

    [Fact]
    public async Task The_case_managers_check_is_audited_in_words()
    {
        using var factory = new PortalFactory();
        var ravi = await AskedForByOnBehalfAsync(factory);

        await CheckAsync(factory, ravi);

        var entry = await factory.QueryAsync(db => db.Set<AuditEntry>().Where(e => e.CaseId == ravi && e.Action == AuditEntry.ActionTaken).OrderByDescending(e => e.OccurredAt).FirstAsync());
        Assert.Equal("checked the authority of the person who asked for the person; A lasting power of attorney: LPA for health and welfare, OPG reference 7000-1234-5678, seen", entry.Description);
    }

    [Fact]
    public async Task Once_checked_the_applicant_agrees_the_plan()
    {
        using var factory = new PortalFactory();
        var ravi = await AskedForByOnBehalfAsync(factory);
        await CheckAsync(factory, ravi);
        var sam = await factory.SignedInAsync(Sam);

        await AgreeAsync(sam, ravi);

        Assert.NotNull(await factory.QueryAsync(db => db.Set<SupportPlan>().Where(p => p.CaseId == ravi).Select(p => p.AgreedByPersonOn).SingleAsync()));
    }

    [Fact]
    public async Task Checking_needs_what_the_case_manager_saw()
    {
        using var factory = new PortalFactory();
        var ravi = await AskedForByOnBehalfAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync(await manager.GetDocumentAsync($"/case-management/cases/{ravi}/authority"),
            new Dictionary<string, string> { ["Authority"] = "LastingPowerOfAttorney", ["Evidence"] = "" });

        Assert.Equal(["Enter what you saw or heard that shows their authority, for example the power of attorney's reference"], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Null(await factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == ravi).Select(c => c.AuthorityCheckedOn).SingleAsync()));
    }

    [Fact]
    public async Task A_case_where_nobody_asked_for_another_has_no_authority_to_check()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");

        using var response = await manager.GetAsync($"/case-management/cases/{await factory.CaseIdAsync("Alex Citizen")}/authority");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_case_manager_not_holding_the_case_cannot_check_it()
    {
        using var factory = new PortalFactory();
        var ravi = await AskedForByOnBehalfAsync(factory);
        var other = await factory.OtherCaseManagerAsync();

        using var response = await other.GetAsync($"/case-management/cases/{ravi}/authority");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_applicant_cannot_check_their_own_authority()
    {
        using var factory = new PortalFactory();
        var ravi = await AskedForByOnBehalfAsync(factory);
        var sam = await factory.SignedInAsync(Sam);

        using var response = await sam.GetAsync($"/case-management/cases/{ravi}/authority");

        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    /// <summary>
    /// Ravi's case (a plan proposed, waiting for the person to agree) as if Sam had asked for it on Ravi's behalf with a
    /// lasting power of attorney: the demo has no such case, and the apply journey cannot reach a proposed plan.
    /// </summary>
    private static async Task<Guid> AskedForByOnBehalfAsync(PortalFactory factory)
    {
        var ravi = await factory.CaseIdAsync("Ravi Shah");
        await factory.QueryAsync(async db =>
        {
            var sam = await db.Users.SingleAsync(u => u.Email == Sam);
            var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleAsync(c => c.Id == ravi);
            db.Entry(careCase).Property(c => c.RequestType).CurrentValue = RequestType.OnBehalfOf;
            db.Entry(careCase).Property(c => c.ApplicantRelationship).CurrentValue = "Son";
            careCase.ApplicantSays(AuthorityToAct.LastingPowerOfAttorney);
            careCase.AddMember(sam.Id, CaseMemberRole.Applicant);
            return await db.SaveChangesAsync();
        });
        return ravi;
    }

    private static async Task CheckAsync(PortalFactory factory, Guid caseId)
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var response = await manager.SubmitFormAsync(await manager.GetDocumentAsync($"/case-management/cases/{caseId}/authority"),
            new Dictionary<string, string> { ["Authority"] = "LastingPowerOfAttorney", ["Evidence"] = "LPA for health and welfare, OPG reference 7000-1234-5678, seen" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task AgreeAsync(HttpClient client, Guid caseId)
    {
        // Posted as a person would from the plan page, whose agree form an unchecked applicant is not shown.
        var page = await client.GetDocumentAsync($"/citizen/cases/{caseId}/plan");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var version = page.QuerySelector("input[name=PlanVersion]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["planVersion"] = version });
        using var response = await client.PostAsync($"/citizen/cases/{caseId}/plan/agree", form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}

using System.Net;
using AngleSharp.Dom;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.NeedsAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// A parent's request for a disabled child: the child's developmental needs are assessed under the Children Act 1989
/// s17, not the adult regulations, and the family pays only what the council's own s29 policy says (nothing by default),
/// with no Care Act financial assessment.
/// </summary>
public sealed class DisabledChildTests
{
    internal const string Parent = "citizen2@example.org";
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public async Task A_parent_is_asked_about_their_childs_needs_not_an_adults()
    {
        using var factory = new PortalFactory();
        var client = await AskingForAChildAsync(factory);

        var page = (await client.GetDocumentAsync("/citizen/apply/difficulties")).MainText();

        Assert.Contains("Where do your child and your family need support?", page, StringComparison.Ordinal);
        Assert.Contains("Learning, play and education", page, StringComparison.Ordinal);
        Assert.Contains("Breaks from caring, for the family", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Preparing food and drink", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_adults_outcome_is_not_a_choice_for_a_child()
    {
        using var factory = new PortalFactory();
        var client = await AskingForAChildAsync(factory);

        var response = await client.AnswerApplyStepAsync("difficulties", ("Difficulties", "ManagingNutrition"));

        Assert.Equal(["Select what they find hard to do, or select not sure"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task An_adults_needs_chosen_before_are_asked_again_when_the_request_becomes_one_for_a_child()
    {
        using var factory = new PortalFactory();
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(Parent);
        await client.AnswerApplyStepAsync("who", ("Who", "OnBehalfOf"));
        await client.AnswerApplyStepAsync("difficulties", ("Difficulties", "ManagingNutrition"));

        await client.AnswerApplyStepAsync("who", ("Who", "ParentOfDisabledChild"));

        var page = await client.GetDocumentAsync("/citizen/apply/difficulties");
        Assert.Empty(page.QuerySelectorAll("input[name=Difficulties]:checked"));
    }

    [Fact]
    public async Task The_case_manager_assesses_a_child_under_section_17()
    {
        using var factory = new PortalFactory();
        var caseId = await ChildsCaseAsync(factory, assessed: false);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync($"/case-management/cases/{caseId}/needs-assessment");

        Assert.Equal("Record the child's assessment", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Is the child disabled", page.MainText(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("input[name=Unachieved][value=ChildSelfCareSkills]"));
        Assert.Null(page.QuerySelector("input[name=Unachieved][value=ManagingNutrition]"));
    }

    [Fact]
    public async Task A_disabled_child_with_one_need_is_eligible_and_the_letter_says_why()
    {
        using var factory = new PortalFactory();
        var caseId = await ChildsCaseAsync(factory, assessed: false);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/needs-assessment", ChildFindings("BreaksForTheFamily"));

        Assert.Equal($"/case-management/cases/{caseId}", response.Location());
        var assessment = await factory.QueryAsync(db => db.Set<NeedsAssessment>().SingleAsync(a => a.CaseId == caseId));
        Assert.Equal(NeedsAssessedUnder.ChildrenAct, assessment.AssessedUnder);
        Assert.True(assessment.Eligible);
        Assert.Equal(CaseStage.PlanToAgree, await factory.QueryAsync(db => db.Set<CareCase>().Where(c => c.Id == caseId).Select(c => c.Stage).SingleAsync()));
        var letter = await factory.QueryAsync(db => db.Set<Notice>().Where(n => n.CaseId == caseId).OrderBy(n => n.CreatedAt).LastAsync());
        Assert.Contains("section 17 of the Children Act 1989", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_adults_outcome_cannot_be_recorded_for_a_child()
    {
        using var factory = new PortalFactory();
        var caseId = await ChildsCaseAsync(factory, assessed: false);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/needs-assessment", ChildFindings("ManagingNutrition", "PersonalHygiene"));

        Assert.Equal(["Select outcomes from the list"], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.False(await factory.QueryAsync(db => db.Set<NeedsAssessment>().AnyAsync(a => a.CaseId == caseId)));
    }

    [Fact]
    public async Task The_direct_payment_starts_with_no_financial_assessment_and_the_family_pays_nothing()
    {
        using var factory = new PortalFactory();
        var caseId = await ChildsCaseAsync(factory, assessed: true);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", SetUp());

        Assert.Equal($"/case-management/cases/{caseId}", response.Location());
        var payment = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == caseId));
        // Plan: 6 hours of short breaks × £16.00 = £96.00 a week, all paid by the council.
        Assert.Equal(Money.FromPounds(96m), payment.WeeklyPaymentOn(payment.StartDate));
        Assert.Equal(Money.Zero, payment.TermsOn(payment.StartDate).WeeklyContribution);
    }

    [Fact]
    public async Task The_set_up_page_says_the_council_does_not_charge_for_a_childs_services()
    {
        using var factory = new PortalFactory();
        var caseId = await ChildsCaseAsync(factory, assessed: true);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync($"/case-management/cases/{caseId}/direct-payment");

        Assert.Contains("None: the council does not charge for a disabled child's services", page.MainText(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[name=FamilyOnBenefitThatExempts]"));
    }

    [Fact]
    public async Task Where_the_council_charges_the_family_pays_its_weekly_charge()
    {
        using var factory = new PortalFactory();
        await CouncilChargesAsync(factory, "25.00");
        var caseId = await ChildsCaseAsync(factory, assessed: true);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", SetUp(("FamilyOnBenefitThatExempts", "no")));

        var payment = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == caseId));
        Assert.Equal(Money.FromPounds(25m), payment.TermsOn(payment.StartDate).WeeklyContribution);
        Assert.Equal(Money.FromPounds(71m), payment.WeeklyPaymentOn(payment.StartDate));
    }

    [Fact]
    public async Task A_family_on_a_benefit_in_section_29_3_pays_nothing_where_the_council_charges()
    {
        using var factory = new PortalFactory();
        await CouncilChargesAsync(factory, "25.00");
        var caseId = await ChildsCaseAsync(factory, assessed: true);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", SetUp(("FamilyOnBenefitThatExempts", "yes")));

        var payment = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == caseId));
        Assert.Equal(Money.Zero, payment.TermsOn(payment.StartDate).WeeklyContribution);
    }

    [Fact]
    public async Task Where_the_council_charges_not_saying_whether_the_family_is_on_a_benefit_is_an_error()
    {
        using var factory = new PortalFactory();
        await CouncilChargesAsync(factory, "25.00");
        var caseId = await ChildsCaseAsync(factory, assessed: true);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", SetUp());

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Select yes if the family receives a benefit that means the council cannot charge for the child's services"], page.ErrorSummary());
        Assert.Equal("4929 1234 5678 9012", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=AccountIdentifier]")!.Value);
        Assert.False(await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().AnyAsync(d => d.CaseId == caseId)));
    }

    [Fact]
    public async Task The_council_records_its_charge_for_childrens_services_for_the_year()
    {
        using var factory = new PortalFactory();

        await CouncilChargesAsync(factory, "12.50");

        var admin = await factory.SignedInAsync("admin@example.org");
        var year = (await admin.GetDocumentAsync("/administration/charging-years/2026-27")).MainText();
        Assert.Contains("£12.50 a week, except for families on the benefits in section 29(3)", year, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_parent_is_not_asked_for_a_financial_assessment()
    {
        using var factory = new PortalFactory();
        var caseId = await ChildsCaseAsync(factory, assessed: true);
        var parent = await factory.SignedInAsync(Parent);

        var casePage = (await parent.GetDocumentAsync($"/citizen/cases/{caseId}")).MainText();
        var assessment = await parent.GetAsync($"/citizen/cases/{caseId}/financial-assessment");

        Assert.Contains("not means-tested like adult care", casePage, StringComparison.Ordinal);
        Assert.DoesNotContain("Your financial assessment", casePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, assessment.StatusCode);
    }

    [Fact]
    public async Task The_case_page_shows_no_financial_assessments_for_a_child()
    {
        using var factory = new PortalFactory();
        var caseId = await ChildsCaseAsync(factory, assessed: true);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = (await manager.GetDocumentAsync($"/case-management/cases/{caseId}")).MainText();

        Assert.Contains("not means-tested under the Care Act", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Enter a financial assessment for the person", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("financial-assessments/new/disclose")]
    [InlineData("financial-assessments/decision")]
    public async Task The_case_manager_has_no_financial_assessment_to_enter_or_decide_for_a_child(string page)
    {
        using var factory = new PortalFactory();
        var caseId = await ChildsCaseAsync(factory, assessed: true);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.GetAsync($"/case-management/cases/{caseId}/{page}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpClient> AskingForAChildAsync(PortalFactory factory)
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(Parent);
        await client.AnswerApplyStepAsync("who", ("Who", "ParentOfDisabledChild"));
        await client.AnswerApplyStepAsync("person", ("FullName", "Mia Example"), ("DateOfBirth.Day", "4"), ("DateOfBirth.Month", "3"), ("DateOfBirth.Year", "2016"));
        await client.AnswerApplyStepAsync("authority", ("Authority", "ParentalResponsibility"));
        return client;
    }

    /// <summary>
    /// Mia (10, unless born on another day), asked for by Sam as her parent, whose parental responsibility the case manager has seen; once assessed,
    /// with a plan of 6 hours of short breaks a week at £16.00 agreed by both.
    /// </summary>
    internal static Task<Guid> ChildsCaseAsync(PortalFactory factory, bool assessed, DateOnly? bornOn = null, DateOnly? openedOn = null) => factory.QueryAsync(async db =>
    {
        var manager = await db.Users.SingleAsync(u => u.Email == "casemanager@example.org");
        var parent = await db.Users.SingleAsync(u => u.Email == Parent);
        var careCase = new CareCase("Mia Example", bornOn ?? new DateOnly(2016, 3, 4), RequestType.ParentOfDisabledChild, "Mother", parent.Id, openedOn ?? Today);
        careCase.ApplicantSays(AuthorityToAct.ParentalResponsibility);
        careCase.CheckAuthority(AuthorityToAct.ParentalResponsibility, "Birth certificate seen", manager.Id, Today);
        careCase.Allocate(manager.Id, Today);
        db.Add(careCase);
        if (assessed)
        {
            db.Add(NeedsAssessment.Record(careCase.Id, NeedsAssessedUnder.ChildrenAct, new NeedsFindings(
                true, false, [EligibilityOutcome.BreaksForTheFamily], true, "Autism", "Family exhausted", "A disabled child in need"), manager.Id, Today));
            careCase.NeedsAssessed(eligible: true, financialAssessmentWaiting: false, Today);
            var plan = new SupportPlan(careCase.Id, 1);
            plan.AddLine(new SupportPlanLineDetails(SupportCategory.RespiteOrShortBreaks, "Short breaks", EligibilityOutcome.BreaksForTheFamily,
                "Time for the family to rest", Money.Zero, Frequency.Weekly, 6m, Money.FromPounds(16m), DeliveryOption.DirectPayment));
            plan.Propose(Today);
            plan.AgreeAsPerson(parent.Id, Today);
            plan.AgreeAsCouncil(manager.Id, Today);
            db.Add(plan);
        }

        await db.SaveChangesAsync();
        return careCase.Id;
    });

    internal static async Task CouncilChargesAsync(PortalFactory factory, string weekly)
    {
        var admin = await factory.SignedInAsync("admin@example.org");
        var edit = await admin.GetDocumentAsync("/administration/charging-years/2026-27/policy");
        var saved = await admin.SubmitFormAsync(edit, FormAnswers.AsTheyStand(edit, ("ChildrensServicesWeeklyCharge", weekly)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }

    private static List<KeyValuePair<string, string>> ChildFindings(params string[] needs)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("NeedsArise", "yes"),
            new("Condition", "Autism and a learning disability"),
            new("SignificantImpact", "no"),
            new("WellbeingImpact", "Needs one-to-one support at all times; the family has no breaks"),
            new("Reasons", "A disabled child in need: the family needs regular short breaks"),
        };
        fields.AddRange(needs.Select(n => new KeyValuePair<string, string>("Unachieved", n)));
        return fields;
    }

    internal static Dictionary<string, string> SetUp(params (string Name, string Value)[] more)
    {
        var fields = new Dictionary<string, string>
        {
            ["Basis"] = "Net", ["Recipient"] = "ParentOfDisabledChild", ["RecipientName"] = "Sam Applicant", ["AccountType"] = "PrepaidCard",
            ["AccountIdentifier"] = "4929 1234 5678 9012",
            ["StartDate.Day"] = "7", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["FirstReviewDate.Day"] = "6", ["FirstReviewDate.Month"] = "6", ["FirstReviewDate.Year"] = "2027",
        };
        foreach (var (name, value) in more)
        {
            fields[name] = value;
        }

        return fields;
    }
}

using System.Net;
using AngleSharp.Dom;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static DirectPayments.Web.IntegrationTests.CaseManagement.DisabledChildTests;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// A disabled child's move to adult care (Care Act 2014 ss58-66): planned from 17, made from the 18th birthday, after
/// which the Care Act applies, the children's charge stops, the parent's authority is checked again and the direct
/// payment carries on.
/// </summary>
public sealed class MovingToAdultCareTests
{
    // The suite's today is 22 November 2026.
    private static readonly DateOnly SeventeenNow = new(2009, 3, 4);
    private static readonly DateOnly EighteenSinceOctober = new(2008, 10, 1);
    private static readonly DateOnly OpenedAt17 = new(2026, 9, 1);

    [Fact]
    public async Task The_case_manager_is_asked_to_plan_the_move_from_the_childs_17th_birthday()
    {
        using var factory = new PortalFactory();
        var caseId = await ChildsCaseAsync(factory, assessed: true, bornOn: SeventeenNow);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = (await manager.GetDocumentAsync($"/case-management/cases/{caseId}")).MainText();

        Assert.Contains("Plan the move to adult care: Mia Example turns 18 on 4 March 2027", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_younger_child_has_no_move_to_plan_yet()
    {
        using var factory = new PortalFactory();
        var caseId = await ChildsCaseAsync(factory, assessed: true);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = (await manager.GetDocumentAsync($"/case-management/cases/{caseId}")).MainText();

        Assert.DoesNotContain("Plan the move to adult care:", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_the_18th_birthday_the_page_says_when_the_case_can_move_and_offers_no_form()
    {
        using var factory = new PortalFactory();
        var caseId = await ChildsCaseAsync(factory, assessed: true, bornOn: SeventeenNow);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync($"/case-management/cases/{caseId}/adult-care");

        Assert.Null(page.QuerySelector("main form"));
        Assert.Contains("The case can move to adult care from Mia Example's 18th birthday.", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_the_18th_birthday_the_case_moves_to_adult_care_under_the_Care_Act()
    {
        using var factory = new PortalFactory();
        var caseId = await EighteenWithAPaymentAsync(factory);

        var response = await MoveAsync(factory, caseId, new DateOnly(2026, 12, 1));

        Assert.Equal($"/case-management/cases/{caseId}", response.Location());
        var careCase = await CaseAsync(factory, caseId);
        Assert.Equal((RequestType.OnBehalfOf, new DateOnly(2026, 12, 1)), (careCase.RequestType, careCase.MovedToAdultCareOn));
    }

    [Fact]
    public async Task After_the_move_the_parents_authority_is_checked_again()
    {
        using var factory = new PortalFactory();
        var caseId = await EighteenWithAPaymentAsync(factory);

        await MoveAsync(factory, caseId, new DateOnly(2026, 12, 1));

        var careCase = await CaseAsync(factory, caseId);
        Assert.True(careCase.AuthorityToCheck);
        Assert.Null(careCase.ApplicantAuthority);
    }

    [Fact]
    public async Task The_childrens_charge_stops_from_the_move_and_the_payment_carries_on()
    {
        using var factory = new PortalFactory();
        var caseId = await EighteenWithAPaymentAsync(factory);

        await MoveAsync(factory, caseId, new DateOnly(2026, 12, 14));

        var payment = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == caseId));
        Assert.Equal(Money.FromPounds(25m), payment.TermsOn(new DateOnly(2026, 12, 13)).WeeklyContribution);
        Assert.Equal(Money.Zero, payment.TermsOn(new DateOnly(2026, 12, 14)).WeeklyContribution);
        Assert.Equal(DirectPaymentStatus.Active, payment.StatusOn(new DateOnly(2026, 12, 14)));
    }

    [Fact]
    public async Task The_family_is_told_what_moving_to_adult_care_means()
    {
        using var factory = new PortalFactory();
        var caseId = await EighteenWithAPaymentAsync(factory);

        await MoveAsync(factory, caseId, new DateOnly(2026, 12, 1));

        var letter = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == caseId && n.Title == "Mia Example's support is moving to adult care"));
        Assert.Contains("from 1 December 2026 their care and support is arranged under the Care Act 2014", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_move_the_case_waits_for_a_Care_Act_needs_assessment_and_financial_assessment()
    {
        using var factory = new PortalFactory();
        var caseId = await EighteenWithAPaymentAsync(factory);
        await MoveAsync(factory, caseId, new DateOnly(2026, 12, 1));
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = (await manager.GetDocumentAsync($"/case-management/cases/{caseId}")).MainText();

        Assert.Contains("Assess their needs under the Care Act, as they moved to adult care", page, StringComparison.Ordinal);
        Assert.Contains("Send their financial assessment under the Care Act", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Plan the move to adult care:", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_move_their_needs_are_assessed_under_the_Care_Act()
    {
        using var factory = new PortalFactory();
        var caseId = await EighteenWithAPaymentAsync(factory);
        await MoveAsync(factory, caseId, new DateOnly(2026, 12, 1));
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = (await manager.GetDocumentAsync($"/case-management/cases/{caseId}/needs-assessment")).MainText();

        Assert.Contains("Preparing food and drink, and eating", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_move_the_payment_goes_to_the_young_adult_not_the_parent()
    {
        using var factory = new PortalFactory();
        var caseId = await EighteenWithAPaymentAsync(factory);
        await MoveAsync(factory, caseId, new DateOnly(2026, 12, 1));
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var url = $"/case-management/cases/{caseId}/direct-payment/paid-to";
        var payee = new Dictionary<string, string>
        {
            ["RecipientName"] = "Mia Example", ["AccountType"] = "BankAccount", ["AccountIdentifier"] = "20-00-00 11112222",
            ["HowConfirmed"] = "Met Mia and her mother; Mia will manage the money herself",
        };

        var toTheParent = await manager.SubmitFormAsync(await manager.GetDocumentAsync(url), new Dictionary<string, string>(payee) { ["Recipient"] = "ParentOfDisabledChild" });
        var toMia = await manager.SubmitFormAsync(await manager.GetDocumentAsync(url), new Dictionary<string, string>(payee) { ["Recipient"] = "ThePerson" });

        Assert.Contains("Mia Example has moved to adult care: a parent is paid only as their nominated or authorised person now.",
            (await PortalClient.ParseAsync(toTheParent)).MainText(), StringComparison.Ordinal);
        Assert.Equal($"/case-management/cases/{caseId}", toMia.Location());
        var payment = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == caseId));
        Assert.Equal((Recipient.ThePerson, "Mia Example"), (payment.Recipient, payment.RecipientName));
    }

    [Fact]
    public async Task Moving_without_a_date_is_an_error_and_nothing_changes()
    {
        using var factory = new PortalFactory();
        var caseId = await EighteenWithAPaymentAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync(await manager.GetDocumentAsync($"/case-management/cases/{caseId}/adult-care"), new Dictionary<string, string>());

        Assert.Equal(["Enter the date adult care takes over"], (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Equal(RequestType.ParentOfDisabledChild, (await CaseAsync(factory, caseId)).RequestType);
    }

    [Fact]
    public async Task An_adults_case_has_no_move_to_adult_care()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.GetAsync($"/case-management/cases/{alex}/adult-care");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_parent_cannot_move_the_case_themselves()
    {
        using var factory = new PortalFactory();
        var caseId = await EighteenWithAPaymentAsync(factory);
        var parent = await factory.SignedInAsync(Parent);

        var response = await parent.GetAsync($"/case-management/cases/{caseId}/adult-care");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Mia, 18 since 1 October 2026, whose direct payment from 7 December 2026 is net of the council's £25.00 children's charge.</summary>
    private static async Task<Guid> EighteenWithAPaymentAsync(PortalFactory factory)
    {
        await CouncilChargesAsync(factory, "25.00");
        var caseId = await ChildsCaseAsync(factory, assessed: true, bornOn: EighteenSinceOctober, openedOn: OpenedAt17);
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var started = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", SetUp(("FamilyOnBenefitThatExempts", "no")));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return caseId;
    }

    private static async Task<HttpResponseMessage> MoveAsync(PortalFactory factory, Guid caseId, DateOnly from)
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var page = await manager.GetDocumentAsync($"/case-management/cases/{caseId}/adult-care");
        return await manager.SubmitFormAsync(page, Move(from, page));
    }

    private static Task<CareCase> CaseAsync(PortalFactory factory, Guid caseId) =>
        factory.QueryAsync(db => db.Set<CareCase>().Include(c => c.Members).SingleAsync(c => c.Id == caseId));

    private static Dictionary<string, string> Move(DateOnly from, IDocument page) => new()
    {
        ["From.Day"] = from.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["From.Month"] = from.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["From.Year"] = from.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Version"] = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=Version]")?.Value ?? "1",
    };
}

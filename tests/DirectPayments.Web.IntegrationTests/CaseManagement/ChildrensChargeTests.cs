using System.Net;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Rates;
using DirectPayments.Web.IntegrationTests.Payments;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using static DirectPayments.Web.IntegrationTests.CaseManagement.DisabledChildTests;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

/// <summary>
/// A disabled child's family pays the council's children's charge for each year (Children Act 1989 s29), and nothing
/// while they receive a benefit in s29(3): a change in their benefits, and each new year's charge, reach the running
/// direct payment from their date, with a letter.
/// </summary>
public sealed class ChildrensChargeTests
{
    private static readonly DateOnly NewYear = new(2027, 4, 1);

    [Fact]
    public async Task The_familys_answer_about_benefits_is_kept_on_the_case_when_the_payment_starts()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync($"/case-management/cases/{caseId}");

        var row = page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent.Trim() == "Receives a benefit in section 29(3)");
        Assert.Equal("No", row.QuerySelector("dd")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_family_that_starts_receiving_a_benefit_in_section_29_3_pays_nothing_from_that_day()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/family-benefits", Benefits("yes", new DateOnly(2027, 1, 4)));

        Assert.Equal($"/case-management/cases/{caseId}", response.Location());
        var payment = await PaymentAsync(factory, caseId);
        Assert.Equal(Money.FromPounds(25m), payment.TermsOn(new DateOnly(2027, 1, 3)).WeeklyContribution);
        Assert.Equal(Money.Zero, payment.TermsOn(new DateOnly(2027, 1, 4)).WeeklyContribution);
    }

    [Fact]
    public async Task The_family_is_told_what_changes_when_their_benefits_do()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/family-benefits", Benefits("yes", new DateOnly(2027, 1, 4)));

        var letter = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == caseId && n.Title == "Your direct payment is changing"));
        // £96.00 of short breaks a week, less the £25.00 charge, was £71.00; with no charge the council pays all of it.
        Assert.Contains("from 4 January 2027 we pay £96.00 a week (£384.00 every 4 weeks) instead of £71.00 a week", letter.Body, StringComparison.Ordinal);
        Assert.Contains("section 29(3)", Assert.Single(letter.Working), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_benefit_reported_after_the_payment_was_made_is_put_right_in_the_next_payment()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        var agreementId = (await PaymentAsync(factory, caseId)).Id;
        // Runs go in order: November's pays her first week (7 to 13 December), December's the four weeks from the 14th.
        await DirectPaymentLifeTests.CommitAsync(factory, "2026-11-16", agreementId);
        var december = await DirectPaymentLifeTests.CommitAsync(factory, "2026-12-14", agreementId);
        factory.Clock.Advance(TimeSpan.FromDays(30));
        var manager = await factory.SignedInAsync("casemanager@example.org");

        // A month later: Universal Credit since 14 December, after December's payment was made at £71.00 a week.
        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/family-benefits", Benefits("yes", new DateOnly(2026, 12, 14)));
        var january = await DirectPaymentLifeTests.CommitAsync(factory, "2027-01-11", agreementId);

        Assert.Equal(Money.FromPounds(4 * 71m), december.Due);
        Assert.Equal(Money.FromPounds(4 * 96m), january.Due);
        Assert.Equal(Money.FromPounds(4 * 25m), january.Amount - january.Due);
    }

    [Fact]
    public async Task A_family_that_stops_receiving_the_benefit_pays_the_charge_from_that_day()
    {
        using var factory = new PortalFactory();
        await DisabledChildTests.CouncilChargesAsync(factory, "25.00");
        var caseId = await DisabledChildTests.ChildsCaseAsync(factory, assessed: true);
        var manager = await factory.SignedInAsync("casemanager@example.org");
        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", SetUp(("FamilyOnBenefitThatExempts", "yes")));

        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/family-benefits", Benefits("no", new DateOnly(2027, 2, 1)));

        var payment = await PaymentAsync(factory, caseId);
        Assert.Equal(Money.Zero, payment.TermsOn(new DateOnly(2027, 1, 31)).WeeklyContribution);
        Assert.Equal(Money.FromPounds(25m), payment.TermsOn(new DateOnly(2027, 2, 1)).WeeklyContribution);
    }

    [Fact]
    public async Task Recording_the_familys_benefits_without_an_answer_or_a_date_is_an_error_and_nothing_changes()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/family-benefits", new Dictionary<string, string>());

        Assert.Equal(
            ["Select yes if the family receives a benefit that means the council cannot charge for the child's services", "Enter the date this applies from"],
            (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Single((await PaymentAsync(factory, caseId)).Timeline.Changes);
    }

    [Fact]
    public async Task A_family_that_shows_they_can_reasonably_pay_less_pays_that_from_the_day_given()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/family-benefits", CanPay("10.00", new DateOnly(2027, 1, 4)));

        var payment = await PaymentAsync(factory, caseId);
        Assert.Equal(Money.FromPounds(25m), payment.TermsOn(new DateOnly(2027, 1, 3)).WeeklyContribution);
        Assert.Equal(Money.FromPounds(10m), payment.TermsOn(new DateOnly(2027, 1, 4)).WeeklyContribution);
    }

    [Fact]
    public async Task The_family_is_told_they_pay_what_they_can_reasonably_pay_under_section_29_2()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/family-benefits", CanPay("10.00", new DateOnly(2027, 1, 4)));

        var letter = await factory.QueryAsync(db => db.Set<Notice>().SingleAsync(n => n.CaseId == caseId && n.Title == "Your direct payment is changing"));
        Assert.Contains("the family can reasonably be expected to pay only £10.00 a week (Children Act 1989 section 29(2))", Assert.Single(letter.Working), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_the_family_showed_is_on_the_case_page_and_in_the_history()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/family-benefits", CanPay("10.00", new DateOnly(2027, 1, 4)));

        var page = await manager.GetDocumentAsync($"/case-management/cases/{caseId}");
        var row = page.QuerySelectorAll(".govuk-summary-list__row").Single(r => r.QuerySelector("dt")!.TextContent.Trim() == "Can reasonably pay (section 29(2))");
        Assert.Equal("No more than £10.00 a week, shown by: income and outgoings seen on 4 January", row.QuerySelector("dd")!.TextContent.Trim());
        Assert.Contains("can reasonably be expected to pay no more than £10.00 a week (section 29(2)), shown by: income and outgoings seen on 4 January", page.MainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_the_family_can_reasonably_pay_never_raises_the_charge()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/family-benefits", CanPay("40.00", new DateOnly(2027, 1, 4)));

        var payment = await PaymentAsync(factory, caseId);
        Assert.Equal(Money.FromPounds(25m), payment.TermsOn(new DateOnly(2027, 1, 4)).WeeklyContribution);
        Assert.Single(payment.Timeline.Changes);
    }

    [Fact]
    public async Task What_the_family_can_reasonably_pay_still_limits_the_next_years_charge()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");
        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/family-benefits", CanPay("10.00", new DateOnly(2027, 1, 4)));
        await AddNextYearAsync(factory, childrensCharge: Money.FromPounds(30m));
        var admin = await factory.SignedInAsync("admin@example.org");

        await admin.SubmitFormAsync(await admin.GetDocumentAsync("/administration/uprating/2027-28"), new Dictionary<string, string>());

        Assert.Equal(Money.FromPounds(10m), (await PaymentAsync(factory, caseId)).TermsOn(NewYear).WeeklyContribution);
    }

    [Fact]
    public async Task A_family_that_can_pay_the_charge_again_pays_it_from_the_day_given()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");
        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/family-benefits", CanPay("10.00", new DateOnly(2027, 1, 4)));

        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/family-benefits", Benefits("no", new DateOnly(2027, 3, 1)));

        var payment = await PaymentAsync(factory, caseId);
        Assert.Equal(Money.FromPounds(10m), payment.TermsOn(new DateOnly(2027, 2, 28)).WeeklyContribution);
        Assert.Equal(Money.FromPounds(25m), payment.TermsOn(new DateOnly(2027, 3, 1)).WeeklyContribution);
    }

    [Fact]
    public async Task An_amount_without_what_the_family_showed_is_an_error_and_nothing_changes()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var answers = CanPay("10.00", new DateOnly(2027, 1, 4));
        answers["MeansShownBy"] = " ";

        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/family-benefits", answers);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter what the family showed about what they can reasonably pay"], page.ErrorSummary());
        Assert.Equal("10.00", page.QuerySelector("input[name=CanReasonablyPayWeekly]")!.GetAttribute("value"));
        Assert.Single((await PaymentAsync(factory, caseId)).Timeline.Changes);
    }

    [Fact]
    public async Task An_amount_that_is_not_money_is_an_error()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/family-benefits", CanPay("ten pounds", new DateOnly(2027, 1, 4)));

        Assert.Equal(["What the family can reasonably pay a week must be a number, like 112.50"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task An_adults_case_has_no_family_benefits_to_record()
    {
        using var factory = new PortalFactory();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var response = await manager.GetAsync($"/case-management/cases/{alex}/family-benefits");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_parent_cannot_record_the_familys_benefits_themselves()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        var parent = await factory.SignedInAsync(Parent);

        var response = await parent.GetAsync($"/case-management/cases/{caseId}/family-benefits");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_new_years_childrens_charge_reaches_a_running_payment_from_1_April()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        await AddNextYearAsync(factory, childrensCharge: Money.FromPounds(30m));
        var admin = await factory.SignedInAsync("admin@example.org");

        await admin.SubmitFormAsync(await admin.GetDocumentAsync("/administration/uprating/2027-28"), new Dictionary<string, string>());

        var payment = await PaymentAsync(factory, caseId);
        Assert.Equal(Money.FromPounds(25m), payment.TermsOn(NewYear.AddDays(-1)).WeeklyContribution);
        Assert.Equal(Money.FromPounds(30m), payment.TermsOn(NewYear).WeeklyContribution);
        Assert.Equal(DirectPaymentChangeKind.Uprated, payment.Timeline.Changes[^1].Kind);
    }

    [Fact]
    public async Task The_uprating_preview_shows_each_childs_charge_before_and_after()
    {
        using var factory = new PortalFactory();
        await PayingTheChargeAsync(factory);
        await AddNextYearAsync(factory, childrensCharge: Money.FromPounds(30m));
        var admin = await factory.SignedInAsync("admin@example.org");

        var page = await admin.GetDocumentAsync("/administration/uprating/2027-28");

        var row = page.QuerySelectorAll("table")[^1].QuerySelectorAll("tbody tr")[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.StartsWith("Mia Example", row[0], StringComparison.Ordinal);
        Assert.Equal(["£25.00", "£30.00", "£5.00", "£71.00", "£66.00"], row.Skip(1).Take(5));
    }

    [Fact]
    public async Task Applying_the_uprating_again_changes_a_childs_payment_once()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory);
        await AddNextYearAsync(factory, childrensCharge: Money.FromPounds(30m));
        var admin = await factory.SignedInAsync("admin@example.org");

        await admin.SubmitFormAsync(await admin.GetDocumentAsync("/administration/uprating/2027-28"), new Dictionary<string, string>());
        var again = await admin.GetDocumentAsync("/administration/uprating/2027-28");

        Assert.Null(again.QuerySelector("main form"));
        Assert.Contains("Applied", again.QuerySelectorAll("table")[^1].TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await PaymentAsync(factory, caseId)).Timeline.Changes.Count);
        Assert.Equal(1, await factory.QueryAsync(db => db.Set<Notice>().CountAsync(n => n.CaseId == caseId && n.Title == "Your direct payment is changing")));
    }

    [Fact]
    public async Task A_family_nobody_asked_about_benefits_is_not_charged_when_the_council_starts_charging()
    {
        using var factory = new PortalFactory();
        var caseId = await DisabledChildTests.ChildsCaseAsync(factory, assessed: true);
        var manager = await factory.SignedInAsync("casemanager@example.org");
        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", SetUp());
        await AddNextYearAsync(factory, childrensCharge: Money.FromPounds(30m));
        var admin = await factory.SignedInAsync("admin@example.org");

        var preview = await admin.GetDocumentAsync("/administration/uprating/2027-28");
        await admin.SubmitFormAsync(preview, new Dictionary<string, string>());

        Assert.Contains("nobody has asked these families whether they receive a benefit in section 29(3)", preview.MainText(), StringComparison.Ordinal);
        Assert.Contains(preview.QuerySelectorAll("main li"), li => li.TextContent.StartsWith("Mia Example, ", StringComparison.Ordinal));
        Assert.Equal(Money.Zero, (await PaymentAsync(factory, caseId)).TermsOn(NewYear).WeeklyContribution);
    }

    [Fact]
    public async Task A_dearer_plan_lifts_a_charge_that_was_capped_at_the_cheaper_plans_cost()
    {
        using var factory = new PortalFactory();
        var caseId = await PayingTheChargeAsync(factory, charge: "100.00");
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var parent = await factory.SignedInAsync(Parent);
        var planUrl = $"/case-management/cases/{caseId}/plan";

        // Version 2 adds £24.00 a week: £120.00, so the £100.00 charge is no longer capped at the plan's £96.00.
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/start']");
        await manager.SubmitFormAsync($"{planUrl}/lines/new", new List<KeyValuePair<string, string>>
        {
            new("Category", "DayActivities"), new("Description", "Saturday club"), new("Need", "BreaksForTheFamily"), new("Outcome", "Makes friends"),
            new("Costing", "amount"), new("Amount", "24"), new("Frequency", "Weekly"), new("Delivery", "DirectPayment"), new("Restriction", "None"),
        });
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/propose']");
        await parent.SubmitFormAsync(await parent.GetDocumentAsync($"/citizen/cases/{caseId}/plan"), new Dictionary<string, string>(), $"form[action='/citizen/cases/{caseId}/plan/agree']");
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(planUrl), new Dictionary<string, string>(), $"form[action='{planUrl}/agree']");

        // Agreed before the payment's first day, so the revision changes the terms it starts on.
        var terms = (await PaymentAsync(factory, caseId)).TermsOn(new DateOnly(2026, 12, 7));
        Assert.Equal((Money.FromPounds(120m), Money.FromPounds(100m)), (terms.WeeklyPersonalBudget, terms.WeeklyContribution));
    }

    /// <summary>Mia's direct payment from 7 December 2026: £96.00 a week of short breaks, less the council's charge (£25.00).</summary>
    private static async Task<Guid> PayingTheChargeAsync(PortalFactory factory, string charge = "25.00")
    {
        await DisabledChildTests.CouncilChargesAsync(factory, charge);
        var caseId = await DisabledChildTests.ChildsCaseAsync(factory, assessed: true);
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var started = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", SetUp(("FamilyOnBenefitThatExempts", "no")));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return caseId;
    }

    private static Task<DirectPaymentAgreement> PaymentAsync(PortalFactory factory, Guid caseId) =>
        factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == caseId));

    /// <summary>2027-28 with this year's rates and policy, but the council's children's charge at <paramref name="childrensCharge"/>.</summary>
    private static Task<int> AddNextYearAsync(PortalFactory factory, Money childrensCharge) => factory.QueryAsync(async db =>
    {
        var current = await db.Set<ChargingYear>().Include(y => y.Rates).SingleAsync(y => y.StartYear == 2026);
        var next = new ChargingYear(new FinancialYear(2027), current.Policy with { ChildrensServicesWeeklyCharge = childrensCharge });
        foreach (var rate in current.Rates)
        {
            next.SetRate(rate.Key, rate.Amount, RateStatus.Unconfirmed, "Test year");
        }

        db.Add(next);
        return await db.SaveChangesAsync();
    });

    private static Dictionary<string, string> Benefits(string answer, DateOnly from) => new()
    {
        ["OnBenefitThatExempts"] = answer,
        ["From.Day"] = from.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["From.Month"] = from.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["From.Year"] = from.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>No benefit in s29(3), but the family showed they can reasonably pay only <paramref name="amount"/> a week.</summary>
    private static Dictionary<string, string> CanPay(string amount, DateOnly from)
    {
        var answers = Benefits("no", from);
        answers["CanReasonablyPayWeekly"] = amount;
        answers["MeansShownBy"] = "income and outgoings seen on 4 January";
        return answers;
    }
}

using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class FinancialDecisionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_full_cost_decision_is_a_new_verified_version_charging_the_whole_cost()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var margaret = await factory.CaseIdAsync("Margaret Example");

        await Record(manager, margaret, "FullCostDecision", "150.00", "", "Savings of £31,000 shown on the bank statement of 1 November");

        var versions = await factory.QueryAsync(db => db.Set<FinancialAssessment>().Where(a => a.CaseId == margaret).OrderBy(a => a.Number).ToListAsync());
        Assert.Equal(FinancialAssessmentStatus.Superseded, versions[0].Status);
        Assert.Equal(FinancialAssessmentKind.FullCostDecision, versions[^1].Kind);
        Assert.Equal(FinancialAssessmentStatus.Verified, versions[^1].Status);
        Assert.Equal(Money.FromPounds(150m), versions[^1].WeeklyContribution);
    }

    [Fact]
    public async Task A_light_touch_decision_moves_a_case_waiting_for_verification_on()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");

        await Record(manager, sam, "LightTouch", "95.00", "20.00", "Agreed to pay £20 a week; capital clearly above the upper limit");

        var decision = await factory.QueryAsync(db => db.Set<FinancialAssessment>().SingleAsync(a => a.CaseId == sam && a.Kind == FinancialAssessmentKind.LightTouch));
        Assert.Equal(Money.FromPounds(75m), decision.NetWeeklyDirectPayment);
        Assert.Equal(CaseStage.PlanToAgree, (await factory.QueryAsync(db => db.Set<CareCase>().SingleAsync(c => c.Id == sam))).Stage);
    }

    [Fact]
    public async Task A_decision_without_a_reason_is_refused_with_the_other_answers_kept()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var jemima = await factory.CaseIdAsync("Jemima Example");

        var response = await Record(manager, jemima, "LightTouch", "80.00", "10.00", "");

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["Enter the reason for the decision"], page.ErrorSummary());
        Assert.Equal("80.00", page.QuerySelector("input[name=WeeklyCost]")!.GetAttribute("value"));
        Assert.False(await factory.QueryAsync(db => db.Set<FinancialAssessment>().AnyAsync(a => a.CaseId == jemima)));
    }

    [Fact]
    public async Task A_light_touch_contribution_above_the_cost_is_refused()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var jemima = await factory.CaseIdAsync("Jemima Example");

        var response = await Record(manager, jemima, "LightTouch", "80.00", "80.01", "Pays a set amount");

        Assert.Equal(["Weekly contribution must be no more than the weekly cost of care"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    [Fact]
    public async Task A_decision_for_a_direct_payment_starts_from_the_personal_budget_it_pays_for()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var alex = await factory.CaseIdAsync("Alex Citizen");

        var page = await manager.GetDocumentAsync($"/case-management/cases/{alex}/financial-assessments/decision");

        Assert.Equal("60.00", page.QuerySelector("input[name=WeeklyCost]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_decision_against_a_cost_other_than_the_direct_payments_budget_is_refused_and_nothing_saved()
    {
        using var fresh = new PortalFactory();
        var manager = await fresh.SignedInAsync("casemanager@example.org");
        var alex = await fresh.CaseIdAsync("Alex Citizen");
        var before = await fresh.QueryAsync(db => db.Set<FinancialAssessment>().CountAsync(a => a.CaseId == alex));

        // Alex's direct payment pays for care costing £60 a week; £200 would let a contribution of £120 through.
        var response = await Record(manager, alex, "LightTouch", "200.00", "120.00", "Pays a set amount");

        var refusal = (await PortalClient.ParseAsync(response)).QuerySelector(".govuk-error-summary__list li")!.TextContent.Trim();
        Assert.Equal("The weekly cost of care must be the personal budget the direct payment pays for on 1 December 2026: £60.00. Enter £60.00, or agree a revised support plan first", refusal);
        Assert.Equal(before, await fresh.QueryAsync(db => db.Set<FinancialAssessment>().CountAsync(a => a.CaseId == alex)));
    }

    [Fact]
    public async Task A_cost_other_than_the_direct_payments_budget_is_an_error_linked_to_the_cost()
    {
        using var fresh = new PortalFactory();
        var manager = await fresh.SignedInAsync("casemanager@example.org");
        var alex = await fresh.CaseIdAsync("Alex Citizen");

        var response = await Record(manager, alex, "LightTouch", "200.00", "120.00", "Pays a set amount");

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("#WeeklyCost", page.QuerySelector(".govuk-error-summary__list a")?.GetAttribute("href"));
        Assert.Equal("200.00", page.QuerySelector("input[name=WeeklyCost]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_decision_from_year_9999_is_refused()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var jemima = await factory.CaseIdAsync("Jemima Example");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{jemima}/financial-assessments/decision", new Dictionary<string, string>
        {
            ["Kind"] = "LightTouch", ["WeeklyCost"] = "50.00", ["WeeklyContribution"] = "10.00",
            ["EffectiveFrom.Day"] = "1", ["EffectiveFrom.Month"] = "1", ["EffectiveFrom.Year"] = "9999", ["Reason"] = "Agreed",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["The date the contribution starts must be within a year of today"], page.ErrorSummary());
        Assert.Equal("#EffectiveFrom-day", page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal("9999", page.QuerySelector("input[name='EffectiveFrom.Year']")!.GetAttribute("value"));
        Assert.False(await factory.QueryAsync(db => db.Set<FinancialAssessment>().AnyAsync(a => a.CaseId == jemima)));
    }

    [Fact]
    public async Task A_decision_from_year_1900_is_refused_in_words_linked_to_the_date()
    {
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var jemima = await factory.CaseIdAsync("Jemima Example");

        var response = await manager.SubmitFormAsync($"/case-management/cases/{jemima}/financial-assessments/decision", new Dictionary<string, string>
        {
            ["Kind"] = "FullCostDecision", ["WeeklyCost"] = "50.00",
            ["EffectiveFrom.Day"] = "1", ["EffectiveFrom.Month"] = "1", ["EffectiveFrom.Year"] = "1900", ["Reason"] = "Savings above the limit",
        });

        Assert.Equal(["The date the contribution starts must be within a year of today"], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    private static Task<HttpResponseMessage> Record(HttpClient client, Guid caseId, string kind, string cost, string contribution, string reason) =>
        client.SubmitFormAsync($"/case-management/cases/{caseId}/financial-assessments/decision", new Dictionary<string, string>
        {
            ["Kind"] = kind,
            ["WeeklyCost"] = cost,
            ["WeeklyContribution"] = contribution,
            ["EffectiveFrom.Day"] = "1",
            ["EffectiveFrom.Month"] = "12",
            ["EffectiveFrom.Year"] = "2026",
            ["Reason"] = reason,
        });
}

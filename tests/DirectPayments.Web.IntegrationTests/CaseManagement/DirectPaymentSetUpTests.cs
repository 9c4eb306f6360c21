using System.Net;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.CaseManagement;

public sealed class DirectPaymentSetUpTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SetUp_StartsTheNetPaymentActivatesThePlanAndShowsItToThePerson()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");
        var caseId = await ReadyCase("Yusuf Example", contribution: 40m);

        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", new Dictionary<string, string>
        {
            ["Basis"] = "Net", ["Recipient"] = "ThePerson", ["RecipientName"] = "Yusuf Example", ["AccountType"] = "PrepaidCard",
            ["AccountIdentifier"] = "4929 1234 5678 9012",
            ["StartDate.Day"] = "7", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["FirstReviewDate.Day"] = "6", ["FirstReviewDate.Month"] = "6", ["FirstReviewDate.Year"] = "2027",
        });

        Assert.Equal($"/case-management/cases/{caseId}", response.Location());
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var payment = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == caseId);
        // Plan: 12 hours × £16.00 = £192.00 a week by direct payment; contribution £40.00; the council pays £152.00.
        Assert.Equal(Money.FromPounds(152m), payment.WeeklyPaymentOn(payment.StartDate));
        Assert.Equal(SupportPlanStatus.Active, (await db.Set<SupportPlan>().SingleAsync(p => p.CaseId == caseId)).Status);
        Assert.Equal(CaseStage.Active, (await db.Set<CareCase>().SingleAsync(c => c.Id == caseId)).Stage);
        var person = factory.CreateBrowserlessClient();
        await person.SignInAsync("citizen2@example.org");
        var dashboard = (await person.GetDocumentAsync($"/citizen/cases/{caseId}")).QuerySelector("main")!.TextContent;
        Assert.Contains("****9012", dashboard, StringComparison.Ordinal);
        Assert.Contains("£608.00", dashboard, StringComparison.Ordinal);
        Assert.Contains("7 December 2026", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("4929 1234", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetUp_InAPeriodWhoseRunIsStillToCome_TellsThePersonTheFirstPaymentComesWithThatRun()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");
        var caseId = await ReadyCase("Xavier Example", contribution: 40m);

        // Today is 22 November 2026; the demo leaves the run for 16 November to 13 December to finance.
        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", new Dictionary<string, string>
        {
            ["Basis"] = "Net", ["Recipient"] = "ThePerson", ["RecipientName"] = "Xavier Example", ["AccountType"] = "PrepaidCard",
            ["AccountIdentifier"] = "4929 1234 5678 5555",
            ["StartDate.Day"] = "30", ["StartDate.Month"] = "11", ["StartDate.Year"] = "2026",
            ["FirstReviewDate.Day"] = "6", ["FirstReviewDate.Month"] = "5", ["FirstReviewDate.Year"] = "2027",
        });

        using var scope = factory.Services.CreateScope();
        var letter = await scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>().Set<Notice>()
            .SingleAsync(n => n.CaseId == caseId && n.Kind == NoticeKind.PaymentStarted);
        Assert.Contains(
            "Your first payment, £304.00 for 30 November to 13 December 2026, is made with this period's payments, which were due on 16 November 2026 and are being made late.",
            letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SetUp_WorksTheContributionOutAgainAtThePlansCost_WhenItWasVerifiedAtAnotherCost()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");

        // Verified at £20 a week, the £40 contribution was capped at £20; the agreed plan costs £192.
        var caseId = await ReadyCase("Wendy Example", contribution: 40m, verifiedCost: 20m);
        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", new Dictionary<string, string>
        {
            ["Basis"] = "Net", ["Recipient"] = "ThePerson", ["RecipientName"] = "Wendy Example", ["AccountType"] = "PrepaidCard",
            ["AccountIdentifier"] = "4929 1234 5678 7777",
            ["StartDate.Day"] = "7", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["FirstReviewDate.Day"] = "6", ["FirstReviewDate.Month"] = "6", ["FirstReviewDate.Year"] = "2027",
        });

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var payment = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == caseId);
        Assert.Equal(Money.FromPounds(40m), payment.WeeklyContribution);
        Assert.Equal(Money.FromPounds(152m), payment.WeeklyPaymentOn(payment.StartDate));
        var versions = await db.Set<FinancialAssessment>().Where(a => a.CaseId == caseId).OrderBy(a => a.Number).ToListAsync();
        Assert.Equal([FinancialAssessmentStatus.Superseded, FinancialAssessmentStatus.Verified], versions.Select(v => v.Status));
        Assert.Equal(Money.FromPounds(192m), versions[^1].WeeklyCostOfCare);
    }

    [Fact]
    public async Task SetUp_WithAReviewMoreThanSixMonthsAway_IsRefusedAndSavesNothing()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");
        var caseId = await ReadyCase("Zara Example", contribution: 0m);

        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", new Dictionary<string, string>
        {
            ["Basis"] = "Gross", ["Recipient"] = "ThePerson", ["RecipientName"] = "Zara Example", ["AccountType"] = "BankAccount",
            ["AccountIdentifier"] = "20-00-00 12345678",
            ["StartDate.Day"] = "7", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["FirstReviewDate.Day"] = "1", ["FirstReviewDate.Month"] = "8", ["FirstReviewDate.Year"] = "2027",
        });

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["First review date must be after the start date and within 6 months of it"], page.ErrorSummary());
        using var scope = factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>().Set<DirectPaymentAgreement>().AnyAsync(d => d.CaseId == caseId));
    }

    [Fact]
    public async Task SetUp_BeforeThePlanIsAgreed_SaysWhatIsMissing()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");

        var page = await manager.GetDocumentAsync($"/case-management/cases/{await Id("Jemima Example")}/direct-payment");

        Assert.Contains("The support plan must be agreed", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    [Fact]
    public async Task SetUp_ForACaseNotOnTheirCaseload_IsNotFound()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");

        var response = await manager.GetAsync($"/case-management/cases/{await Id("Peter Example")}/direct-payment");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<Guid> Id(string subject)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>().Set<CareCase>().SingleAsync(c => c.SubjectName == subject)).Id;
    }

    [Fact]
    public async Task SetUp_PaidToANominatedPersonBeforeOneActsOnTheCase_IsRefusedAndSavesNothing()
    {
        var manager = factory.CreateBrowserlessClient();
        await manager.SignInAsync("casemanager@example.org");
        var caseId = await ReadyCase("Una Example", contribution: 0m);

        var response = await manager.SubmitFormAsync($"/case-management/cases/{caseId}/direct-payment", new Dictionary<string, string>
        {
            ["Basis"] = "Net", ["Recipient"] = "NominatedPerson", ["RecipientName"] = "Vic Example", ["AccountType"] = "PrepaidCard",
            ["AccountIdentifier"] = "4929 1234 5678 9012",
            ["StartDate.Day"] = "7", ["StartDate.Month"] = "12", ["StartDate.Year"] = "2026",
            ["FirstReviewDate.Day"] = "6", ["FirstReviewDate.Month"] = "6", ["FirstReviewDate.Year"] = "2027",
        });

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("It cannot be paid to a nominated person until one has been recorded and has accepted.", page.QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        using var scope = factory.Services.CreateScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>().Set<DirectPaymentAgreement>().AnyAsync(d => d.CaseId == caseId));
    }

    private Task<Guid> ReadyCase(string subject, decimal contribution, decimal verifiedCost = 192m) =>
        factory.ReadyForDirectPaymentAsync(subject, contribution, verifiedCost);
}

using System.Net;
using AngleSharp.Dom;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Rates;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Administration;

public sealed class UpratingTests : IClassFixture<PortalFactory>
{
    private readonly PortalFactory _factory;

    public UpratingTests(PortalFactory factory)
    {
        _factory = factory;
        using var client = factory.CreateBrowserlessClient();
        AddYear2027WithHigherMig().GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Preview_ShowsEachPersonsOldAndNewContributionWithTotals()
    {
        var admin = await SignedInAdmin();

        var page = await admin.GetDocumentAsync("/administration/uprating/2027-28");

        var alex = RowFor(page, "Alex Citizen");
        // 2026-27: MIG £120.40 + £51.55 + £25.15 = £197.10; disposable £250.95 - £197.10 - £24.55 = £29.30.
        // 2027-28 here: the single 25+ amount £5.00 higher, so £24.30.
        Assert.Equal(["£29.30", "£24.30", "-£5.00"], alex.Skip(1).Take(3));
        Assert.Contains(page.QuerySelectorAll("th"), th => th.TextContent.StartsWith("Total", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Apply_CreatesAVerifiedUpratingFromFirstAprilAndANoticeWithTheWorking_AndRunningItAgainChangesNothing()
    {
        var admin = await SignedInAdmin();
        var preview = await admin.GetDocumentAsync("/administration/uprating/2027-28");

        var first = await admin.SubmitFormAsync(preview, new Dictionary<string, string>());
        Assert.True(first.StatusCode == HttpStatusCode.Redirect, $"{(int)first.StatusCode} {await first.Content.ReadAsStringAsync()}");
        var again = await admin.GetDocumentAsync("/administration/uprating/2027-28");
        await admin.SubmitFormAsync(again.QuerySelector("main form") is null ? preview : again, new Dictionary<string, string>());

        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var alex = await db.Set<CareCase>().SingleAsync(c => c.SubjectName == "Alex Citizen");
        var assessments = await db.Set<FinancialAssessment>().Where(a => a.CaseId == alex.Id).OrderBy(a => a.Number).ToListAsync();
        Assert.Equal(2, assessments.Count);
        Assert.Equal(FinancialAssessmentStatus.Superseded, assessments[0].Status);
        Assert.Equal(FinancialAssessmentKind.Uprating, assessments[1].Kind);
        Assert.Equal(FinancialAssessmentStatus.Verified, assessments[1].Status);
        Assert.Equal(new DateOnly(2027, 4, 1), assessments[1].EffectiveFrom);
        Assert.Equal(Money.FromPounds(24.30m), assessments[1].WeeklyContribution);
        // One letter of the uprating, however often it is applied (the demo's earlier letter to Alex aside).
        var notice = await db.Set<Notice>().SingleAsync(n => n.CaseId == alex.Id && n.Title.Contains("2027"));
        Assert.Equal(NoticeKind.ContributionChanged, notice.Kind);
        Assert.Contains("goes down from £29.30 to £24.30", notice.Body, StringComparison.Ordinal);
        Assert.NotEmpty(notice.Working);
    }

    [Fact]
    public async Task Apply_ChangesEachDirectPaymentFromFirstApril_Once()
    {
        var admin = await SignedInAdmin();
        var preview = await admin.GetDocumentAsync("/administration/uprating/2027-28");
        if (preview.QuerySelector("main form") is not null)
        {
            await admin.SubmitFormAsync(preview, new Dictionary<string, string>());
        }

        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var alex = await db.Set<CareCase>().SingleAsync(c => c.SubjectName == "Alex Citizen");
        var payment = await db.Set<DirectPaymentAgreement>().SingleAsync(d => d.CaseId == alex.Id);

        // £60.00 a week less the new £24.30 from 1 April; the old £29.30 the day before.
        Assert.Equal(Money.FromPounds(35.70m), payment.WeeklyPaymentOn(new DateOnly(2027, 4, 1)));
        Assert.Equal(Money.FromPounds(30.70m), payment.WeeklyPaymentOn(new DateOnly(2027, 3, 31)));
        Assert.Single(payment.Changes, c => c.Kind == DirectPaymentChangeKind.Uprated);
    }

    [Fact]
    public async Task Preview_AsCaseManager_IsRefused()
    {
        var client = _factory.CreateBrowserlessClient();
        await client.SignInAsync("casemanager@example.org");

        var response = await client.GetAsync("/administration/uprating/2027-28");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Location(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_ForAYearWithoutRates_SaysSo()
    {
        var admin = await SignedInAdmin();

        var page = await admin.GetDocumentAsync("/administration/uprating/2030-31");

        Assert.Contains("There are no charging rates for 2030-31", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form"));
    }

    private async Task<HttpClient> SignedInAdmin()
    {
        var admin = _factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin@example.org");
        return admin;
    }

    private static List<string> RowFor(IDocument page, string name) =>
        [.. page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal))
            .QuerySelectorAll("td").Select(td => td.TextContent.Trim())];

    private async Task AddYear2027WithHigherMig()
    {
        using var scope = _factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        if (await db.Set<ChargingYear>().AnyAsync(y => y.StartYear == 2027))
        {
            return;
        }

        var current = await db.Set<ChargingYear>().Include(y => y.Rates).SingleAsync(y => y.StartYear == 2026);
        var next = new ChargingYear(new FinancialYear(2027), current.Policy);
        foreach (var rate in current.Rates)
        {
            var amount = rate.Key == RateKey.MigSingle25ToPensionCreditAge ? rate.Amount + Money.FromPounds(5m) : rate.Amount;
            next.SetRate(rate.Key, amount, RateStatus.Unconfirmed, "Test uprating");
        }

        db.Add(next);
        await db.SaveChangesAsync();
    }
}

using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Calendar;

/// <summary>
/// A payments system lives on dates. On each hard day of the calendar (the council's 4-weekly periods counted from
/// 6 April 2026, month ends, financial years, a leap day, the clock changes) the demo is built around that day and the
/// money and review journeys are run on it: the person's pages, the next payment, finance's run for the period with
/// today in it, the statement that shows it, and the review queue; and a change from that day after the period was
/// paid reaches the next run. Nothing may answer an error on any of them.
/// </summary>
public sealed class CalendarSweepTests
{
    private static readonly CultureInfo GB = CultureInfo.GetCultureInfo("en-GB");

    public static TheoryData<string, DateOnly, TimeOnly> HardDays => new()
    {
        { "the first day of a payment period (14 December 2026)", new(2026, 12, 14), new(9, 0) },
        { "the last day of a payment period (10 January 2027)", new(2027, 1, 10), new(16, 0) },
        { "in a period that began the month before (2 December 2026)", new(2026, 12, 2), new(10, 0) },
        { "in a period spanning two months, begun in January (3 February 2027)", new(2027, 2, 3), new(10, 0) },
        { "31 March, in a period spanning two financial years", new(2027, 3, 31), new(23, 30) },
        { "1 April, the first day of the financial year, in the same period", new(2027, 4, 1), new(0, 30) },
        { "29 February in a leap year", new(2028, 2, 29), new(12, 0) },
        { "the last Sunday of March, after the clocks go forward", new(2027, 3, 28), new(3, 30) },
        { "the last Sunday of October, in the hour the clocks go back", new(2027, 10, 31), new(1, 30) },
        { "31 December", new(2026, 12, 31), new(23, 0) },
    };

    [Theory]
    [MemberData(nameof(HardDays))]
    public async Task The_money_and_review_journeys_work(string day, DateOnly today, TimeOnly time)
    {
        using var factory = PortalFactory.OnUkDay(today, time);
        var calendar = factory.Services.GetRequiredService<PaymentCalendar>();
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var citizen = await factory.SignedInAsync("citizen@example.org");
        var current = calendar.PeriodContaining(today);

        // The person's dashboard, case and account load, and agree on the next payment: the run for the period with
        // today in it, which the demo leaves to finance, so on any day but the period's first it is due and not paid
        // yet, never said to be paid on a day already past.
        await citizen.GetDocumentAsync("/citizen");
        var casePage = await citizen.GetDocumentAsync($"/citizen/cases/{alex}");
        Assert.Contains(
            current.Start == today ? $" on {today.ToString("d MMMM yyyy", GB)}, for " : $", due on {current.Start.ToString("d MMMM yyyy", GB)}, not paid yet",
            Summary(casePage)["Next payment"], StringComparison.Ordinal);
        var account = await citizen.GetDocumentAsync($"/citizen/cases/{alex}/account");

        // One figure in both places: the case page says the same amount on the same day, for the same days, as the account page.
        Assert.Equal(Summary(casePage)["Next payment"], Summary(account)["Next payment"]);

        // The demo's card statements agree with the ledger, and no balance on them is below £0.
        Assert.DoesNotContain("is different from the total", account.MainText(), StringComparison.Ordinal);
        var lowest = await factory.QueryAsync(db => db.Set<AccountTransaction>().Where(t => t.RunningBalance != null).Select(t => t.RunningBalance!.Value).ToListAsync());
        Assert.All(lowest, balance => Assert.True(balance >= Domain.Common.Money.Zero, $"{day}: a demo card balance of {balance}"));

        // Finance previews and commits the run for the period with today in it.
        var finance = await factory.SignedInAsync("finance@example.org");
        var runs = await finance.GetDocumentAsync("/payments");
        Assert.Contains($"Preview the run for {current.Start.ToString("d MMMM yyyy", GB)} to {current.End.ToString("d MMMM yyyy", GB)}", runs.MainText(), StringComparison.Ordinal);
        var preview = await finance.GetDocumentAsync($"/payments/preview?period={current.Start:yyyy-MM-dd}");
        var committed = await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
        var run = await finance.JobResultAsync(committed);
        Assert.StartsWith("/payments/runs/", run, StringComparison.Ordinal);
        await finance.GetDocumentAsync(run);

        // The person sees the council's payment in the statement for the month it is dated, whichever month that is.
        var statement = await citizen.GetDocumentAsync($"/citizen/cases/{alex}/account/statements/{current.Start:yyyy-MM}");
        var paid = statement.QuerySelectorAll("main tbody tr")
            .Where(r => r.TextContent.Contains(current.Start.ToString("d MMM", GB), StringComparison.Ordinal) && r.TextContent.Contains("Council payment", StringComparison.Ordinal));
        Assert.Single(paid);
        var after = await citizen.GetDocumentAsync($"/citizen/cases/{alex}/account");
        Assert.DoesNotContain("is different from the total", after.MainText(), StringComparison.Ordinal);

        // Once the run is made, the next payment is the run on the first day of the next period (or, on the first day
        // of this one, the payment just made).
        var expectedNext = current.Start == today ? today : current.Next.Start;
        Assert.Contains($" on {expectedNext.ToString("d MMMM yyyy", GB)}", Summary(after)["Next payment"], StringComparison.Ordinal);

        // The review queue: concerns and flags first, then by due date, and each scheduled row due when its direct
        // payment's review falls due.
        var reviewer = await factory.SignedInAsync("reviewer@example.org");
        var queue = await reviewer.GetDocumentAsync("/review");
        var scheduled = queue.QuerySelectorAll("main tbody tr")
            .Where(r => !r.TextContent.Contains("Concern", StringComparison.Ordinal) && !r.TextContent.Contains("Flagged spending", StringComparison.Ordinal))
            .Select(r => DateOnly.ParseExact(r.QuerySelectorAll("td")[2].TextContent.Trim(), "d MMM yyyy", GB)).ToList();
        Assert.Equal(scheduled.Order(), scheduled);
        var olive = await factory.CaseIdAsync("Olive Review");
        var oliveReview = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == olive).Select(d => d.FirstReviewDate).SingleAsync());
        var oliveRow = queue.QuerySelectorAll("main tbody tr").Single(r => r.TextContent.Contains("Olive Review", StringComparison.Ordinal));
        Assert.True(oliveReview > today, day);
        Assert.Contains(oliveReview.ToString("d MMM yyyy", GB), oliveRow.TextContent, StringComparison.Ordinal);

        // Every other role's home page, and the pages that work out "today", answer on this day.
        await (await factory.SignedInAsync("casemanager@example.org")).GetDocumentAsync("/case-management");
        await (await factory.SignedInAsync("casemanager@example.org")).GetDocumentAsync($"/case-management/cases/{alex}");
        var admin = await factory.SignedInAsync("admin@example.org");
        await admin.GetDocumentAsync("/administration");
        await admin.GetDocumentAsync("/administration/uprating");
        await admin.GetDocumentAsync("/administration/charging-years");
        await reviewer.GetDocumentAsync("/review/summary");
        await factory.CreateClient().GetDocumentAsync("/estimate");
    }

    [Theory]
    [MemberData(nameof(HardDays))]
    public async Task A_change_from_today_after_the_period_was_paid_reaches_the_next_run(string day, DateOnly today, TimeOnly time)
    {
        using var factory = PortalFactory.OnUkDay(today, time);
        var calendar = factory.Services.GetRequiredService<PaymentCalendar>();
        var current = calendar.PeriodContaining(today);
        var alex = await factory.CaseIdAsync("Alex Citizen");
        var agreement = await factory.QueryAsync(db => db.Set<DirectPaymentAgreement>().Where(d => d.CaseId == alex).Select(d => d.Id).SingleAsync());
        var finance = await factory.SignedInAsync("finance@example.org");
        await CommitAsync(finance, current);

        // Alex's contribution goes down by £7.00 a week from today (£29.30 to £22.30): £1.00 a day more.
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var decided = await manager.SubmitFormAsync($"/case-management/cases/{alex}/financial-assessments/decision", new Dictionary<string, string>
        {
            ["Kind"] = "LightTouch", ["WeeklyCost"] = "60.00", ["WeeklyContribution"] = "22.30", ["EffectiveFrom.Day"] = $"{today.Day}",
            ["EffectiveFrom.Month"] = $"{today.Month}", ["EffectiveFrom.Year"] = $"{today.Year}", ["Reason"] = "Their pension went down.",
        });
        Assert.True(decided.StatusCode == HttpStatusCode.Redirect, day);
        await CommitAsync(finance, current.Next);

        // The next period at £37.70 a week, and the days of this one from today put right: £1.00 each, give or take
        // the penny each side of the change is rounded to.
        var next = await factory.QueryAsync(db => db.Set<Payment>().Include(p => p.Adjustments)
            .SingleAsync(p => p.DirectPaymentId == agreement && p.PeriodStart == current.Next.Start && p.Kind == PaymentKind.Regular));
        Assert.Equal(Domain.Common.Money.FromPounds(4 * 37.70m), next.Due);
        var daysPutRight = current.End.DayNumber - today.DayNumber + 1;
        var putRight = Assert.Single(next.Adjustments);
        Assert.Equal(current.Start, putRight.PeriodStart);
        Assert.InRange(putRight.Amount.Pounds, daysPutRight - 0.02m, daysPutRight + 0.02m);
        Assert.Equal(next.Due + putRight.Amount, next.Amount);
    }

    private static async Task CommitAsync(HttpClient finance, PaymentPeriod period)
    {
        var preview = await finance.GetDocumentAsync($"/payments/preview?period={period.Start:yyyy-MM-dd}");
        var committed = await finance.SubmitFormAsync(preview, new Dictionary<string, string>(), "form[action='/payments/runs']");
        Assert.Equal(HttpStatusCode.Redirect, committed.StatusCode);
    }

    [Fact]
    public async Task At_half_past_midnight_in_summer_on_a_server_kept_in_UTC_today_is_the_UK_date()
    {
        // 23:30 UTC on 25 July 2027 is 00:30 BST on 26 July, the first day of a payment period in the UK.
        using var factory = PortalFactory.At(new DateTimeOffset(2027, 7, 25, 23, 30, 0, TimeSpan.Zero));
        Assert.Equal(TimeZoneInfo.Utc, factory.Clock.LocalTimeZone);
        var finance = await factory.SignedInAsync("finance@example.org");
        var citizen = await factory.SignedInAsync("citizen@example.org");

        var runs = (await finance.GetDocumentAsync("/payments")).MainText();
        var casePage = await citizen.GetDocumentAsync($"/citizen/cases/{await factory.CaseIdAsync("Alex Citizen")}");

        Assert.Contains("Preview the run for 26 July 2027 to 22 August 2027", runs, StringComparison.Ordinal);
        Assert.DoesNotContain("Preview the run for 28 June 2027", runs, StringComparison.Ordinal);
        Assert.Contains(" on 26 July 2027, for ", Summary(casePage)["Next payment"], StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Summary(IDocument page) =>
        page.QuerySelectorAll(".govuk-summary-list__row")
            .GroupBy(r => r.QuerySelector("dt")!.TextContent.Trim())
            .ToDictionary(g => g.Key, g => g.First().QuerySelector("dd")!.TextContent.Trim());
}

using System.Globalization;
using System.Text.RegularExpressions;
using DirectPayments.BrowserTests.Support;
using DirectPayments.Domain.Payments;
using Microsoft.Playwright;

namespace DirectPayments.BrowserTests;

/// <summary>
/// The whole path through the real pages, each role in its own browser: a new citizen registers and asks for an
/// assessment; an administrator allocates the case; the case manager records the needs assessment; the citizen sends
/// the financial assessment online; the case manager verifies it, builds and proposes a costed plan; the citizen agrees
/// it; the council agrees it and starts a net direct payment onto a prepaid card; the citizen sees the net payment.
/// Every page on the way is checked by axe and kept as a screenshot (whole-path-NN-*.jpg).
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class WholePathTests(Browser browser, LivePortal portal)
{
    private const string Password = "Demo-Passw0rd!";
    private const string Person = "Robin Pathway";
    private const decimal Hours = 12m;
    private const decimal HourlyRate = 20.00m;

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private int _step;

    [Fact]
    public async Task Citizen_AppliesToSeeingTheNetPayment_EveryPageIsAccessible()
    {
        var citizen = await NewPage();
        var admin = await NewPage();
        var manager = await NewPage();
        try
        {
            await Walk(citizen, admin, manager);
        }
        catch
        {
            await Browser.KeepFailureEvidenceAsync(nameof(Citizen_AppliesToSeeingTheNetPayment_EveryPageIsAccessible), citizen, admin, manager);
            throw;
        }
        finally
        {
            await citizen.Context.CloseAsync();
            await admin.Context.CloseAsync();
            await manager.Context.CloseAsync();
        }
    }

    private async Task Walk(IPage citizen, IPage admin, IPage manager)
    {
        // 1. The citizen creates an account and asks for an assessment for themselves.
        await citizen.OpenAsync($"{portal.BaseUrl}/");
        await Visit(citizen, "start");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await citizen.ArriveAtAsync("**/account/register");
        await Visit(citizen, "register");
        var email = $"robin.{Guid.NewGuid():N}"[..14] + "@example.org";
        await citizen.Locator("#FullName").FillAsync(Person);
        await citizen.Locator("#Email").FillAsync(email);
        await citizen.Locator("#Password").FillAsync(Password);
        await citizen.Locator("#ConfirmPassword").FillAsync(Password);
        await Click(citizen, "Create account");
        await citizen.ArriveAtAsync("**/account/check-email");
        await Visit(citizen, "check-email");
        await citizen.OpenAsync(portal.BaseUrl + await portal.EmailedLinkAsync(email, "/account/confirm-email"));
        await Visit(citizen, "confirm-email");
        await Click(citizen, "Confirm my email address");
        await citizen.ArriveAtAsync("**/account/sign-in");
        await SignIn(citizen, email, "citizen-sign-in");
        await citizen.ArriveAtAsync("**/citizen");
        await Visit(citizen, "citizen-home");

        await citizen.GetByRole(AriaRole.Button, new() { Name = "Ask for an assessment" }).ClickAsync();
        await citizen.ArriveAtAsync("**/citizen/apply");
        await Visit(citizen, "apply-start");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await citizen.ArriveAtAsync("**/citizen/apply/who");
        await Visit(citizen, "apply-who");
        await Choose(citizen, "Who", "Self");
        await Continue(citizen, "**/citizen/apply/person");
        await Visit(citizen, "apply-person");
        Assert.Equal(Person, await citizen.Locator("#FullName").InputValueAsync());
        await citizen.Locator("#DateOfBirth-day").FillAsync("14");
        await citizen.Locator("#DateOfBirth-month").FillAsync("3");
        await citizen.Locator("#DateOfBirth-year").FillAsync("1990");
        await Continue(citizen, "**/citizen/apply/difficulties");
        await Visit(citizen, "apply-difficulties");
        await Choose(citizen, "Difficulties", "ManagingNutrition");
        await Choose(citizen, "Difficulties", "PersonalHygiene");
        await Continue(citizen, "**/citizen/apply/help");
        await Visit(citizen, "apply-help");
        await citizen.Locator("#HelpNeeded").FillAsync("I need help to wash, dress and cook in the mornings.");
        await Continue(citizen, "**/citizen/apply/contact");
        await Visit(citizen, "apply-contact");
        await citizen.Locator("#ContactPhone").FillAsync("01234 567890");
        await Continue(citizen, "**/citizen/apply/communication");
        await Visit(citizen, "apply-communication");
        await Choose(citizen, "PreferredContact", "Email");
        await Continue(citizen, "**/citizen/apply/check");
        await Visit(citizen, "apply-check");
        await Click(citizen, "Accept and send");
        await citizen.ArriveAtAsync("**/citizen/apply/sent/**");
        await Visit(citizen, "apply-sent");
        var reference = (await citizen.Locator(".govuk-panel strong").InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrEmpty(reference));

        // 2. The request waits for a case manager: an administrator allocates it.
        await SignIn(admin, "admin@example.org", "admin-sign-in");
        await admin.OpenAsync($"{portal.BaseUrl}/administration/cases");
        await Visit(admin, "admin-allocation");
        await admin.GetByRole(AriaRole.Link, new() { Name = $"Allocate {Person}" }).ClickAsync();
        await admin.ArriveAtAsync("**/allocate");
        await Visit(admin, "admin-allocate");
        await admin.GetByLabel("Chris Case-Manager").CheckAsync();
        await Click(admin, "Allocate");
        await admin.ArriveAtAsync("**/administration/cases");
        await Visit(admin, "admin-allocated");

        // 3. The case manager records the needs assessment: eligible.
        await SignIn(manager, "casemanager@example.org", "cm-sign-in");
        await Visit(manager, "cm-caseload");
        await manager.GetByRole(AriaRole.Link, new() { Name = Person }).First.ClickAsync();
        await manager.ArriveAtAsync("**/case-management/cases/*");
        var caseUrl = manager.Url;
        await Visit(manager, "cm-case");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Record the needs assessment" }).ClickAsync();
        await manager.ArriveAtAsync("**/needs-assessment");
        await Visit(manager, "cm-needs-assessment");
        await Choose(manager, "NeedsArise", "yes");
        await manager.Locator("#Condition").FillAsync("Rheumatoid arthritis affecting both hands.");
        await Choose(manager, "Unachieved", "ManagingNutrition");
        await Choose(manager, "Unachieved", "PersonalHygiene");
        await Choose(manager, "Unachieved", "BeingAppropriatelyClothed");
        await Choose(manager, "SignificantImpact", "yes");
        await manager.Locator("#WellbeingImpact").FillAsync("Robin misses meals and cannot wash without pain.");
        await manager.Locator("#Reasons").FillAsync("Robin cannot achieve three outcomes, with a significant impact on wellbeing.");
        await Click(manager, "Record the assessment");
        await manager.ArriveAtAsync(caseUrl);
        await Visit(manager, "cm-case-eligible");

        // 4. The citizen completes the financial assessment online and sends it.
        await citizen.OpenAsync($"{portal.BaseUrl}/citizen");
        await citizen.GetByRole(AriaRole.Link, new() { Name = Person }).ClickAsync();
        await citizen.ArriveAtAsync("**/citizen/cases/*");
        var citizenCaseUrl = citizen.Url;
        await Visit(citizen, "citizen-case-eligible");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Your financial assessment", Exact = true }).ClickAsync();
        await citizen.ArriveAtAsync("**/financial-assessment");
        await Visit(citizen, "assessment-start");
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await citizen.ArriveAtAsync("**/financial-assessment/disclose");
        await EstimatorPages.AnswerV01QuestionsAsync(citizen, name => Visit(citizen, $"assessment-{name}"), asksTheCost: false, toTheAnswerer: true);
        await Click(citizen, "Accept and send");
        await citizen.ArriveAtAsync(citizenCaseUrl);
        await Visit(citizen, "citizen-case-assessment-sent");

        // 5. The case manager verifies it at the cost of the plan they will build: the engine works out the contribution.
        var weeklyCost = Hours * HourlyRate;
        await manager.OpenAsync(caseUrl);
        await Visit(manager, "cm-case-assessment-to-verify");
        await manager.GetByRole(AriaRole.Link, new() { Name = "1 (open)" }).ClickAsync();
        await manager.ArriveAtAsync("**/financial-assessments/1");
        await Visit(manager, "cm-verify");
        await manager.Locator("#WeeklyCost").FillAsync(weeklyCost.ToString("0.00", CultureInfo.InvariantCulture));
        var today = portal.Today;
        await FillDate(manager, "EffectiveFrom", today);
        await Click(manager, "Verify the assessment");
        await manager.ArriveAtAsync(caseUrl);
        await Visit(manager, "cm-case-verified");
        await manager.GetByRole(AriaRole.Link, new() { Name = "1 (open)" }).ClickAsync();
        await manager.ArriveAtAsync("**/financial-assessments/1");
        await Visit(manager, "cm-verified-assessment");
        var contribution = Money(await SummaryValue(manager, "Weekly contribution"));
        Assert.InRange(contribution, 0.01m, weeklyCost);

        // 6. The case manager builds a costed plan and proposes it.
        await manager.OpenAsync(caseUrl);
        await manager.GetByRole(AriaRole.Link, new() { Name = "Support plan", Exact = true }).ClickAsync();
        await manager.ArriveAtAsync("**/plan");
        await Visit(manager, "cm-plan-none");
        await Click(manager, "Start a support plan");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Add a line" }).WaitForAsync();
        await Visit(manager, "cm-plan-draft");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Add a line" }).ClickAsync();
        await manager.ArriveAtAsync("**/plan/lines/new");
        await Visit(manager, "cm-plan-add-line");
        await Choose(manager, "Category", "PersonalAssistant");
        await manager.Locator("#Description").FillAsync("Personal assistant for the morning routine");
        await Choose(manager, "Need", "PersonalHygiene");
        await manager.Locator("#Outcome").FillAsync("Washed, dressed and fed by 9am every day");
        await Choose(manager, "Costing", "hours");
        await manager.Locator("#Hours").FillAsync(Hours.ToString("0.##", CultureInfo.InvariantCulture));
        await manager.Locator("#HourlyRate").FillAsync(HourlyRate.ToString("0.00", CultureInfo.InvariantCulture));
        await Choose(manager, "Delivery", "DirectPayment");
        await Choose(manager, "Restriction", "None");
        await Click(manager, "Add the line");
        await manager.ArriveAtAsync("**/plan");
        await Visit(manager, "cm-plan-with-line");
        Assert.Equal(weeklyCost, Money(await manager.Locator("tr:has(th:text-is('Paid as a direct payment')) td").First.InnerTextAsync()));
        await Click(manager, "Propose the plan to the person");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Agree the plan for the council" }).WaitForAsync();
        await Visit(manager, "cm-plan-proposed");

        // 7. The citizen reads the plan and agrees it.
        await citizen.OpenAsync(citizenCaseUrl);
        await Visit(citizen, "citizen-case-plan-proposed");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Your support plan", Exact = true }).ClickAsync();
        await citizen.ArriveAtAsync("**/plan");
        await Visit(citizen, "citizen-plan");
        await Click(citizen, "I agree the plan");
        await citizen.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Visit(citizen, "citizen-plan-agreed");

        // 8. The council agrees the plan, and the case manager starts a net direct payment onto a prepaid card.
        await manager.ReloadAsync();
        await Click(manager, "Agree the plan for the council");
        await manager.Locator(".govuk-notification-banner--success").WaitForAsync();
        await Visit(manager, "cm-plan-agreed");
        await manager.OpenAsync(caseUrl);
        await manager.GetByRole(AriaRole.Link, new() { Name = "Direct payment", Exact = true }).ClickAsync();
        await manager.ArriveAtAsync("**/direct-payment");
        await Visit(manager, "cm-direct-payment");
        Assert.Equal(weeklyCost, Money(await SummaryValue(manager, "Bought with the direct payment, a week")));
        Assert.Equal(contribution, Money(await SummaryValue(manager, "Verified contribution, a week")));
        await Choose(manager, "Basis", "Net");
        await Choose(manager, "Recipient", "ThePerson");
        await manager.Locator("#RecipientName").FillAsync(Person);
        await Choose(manager, "AccountType", "PrepaidCard");
        await manager.Locator("#AccountIdentifier").FillAsync("4000 1234 5678 4321");
        var start = today.AddDays(7);
        await FillDate(manager, "StartDate", start);
        await FillDate(manager, "FirstReviewDate", start.AddMonths(3));
        await Click(manager, "Start the direct payment");
        await manager.ArriveAtAsync(caseUrl);
        await Visit(manager, "cm-case-active");

        // 9. The citizen sees the net payment: the plan's cost less the contribution the engine worked out.
        await citizen.OpenAsync(citizenCaseUrl);
        await Visit(citizen, "citizen-case-paying");
        var net = weeklyCost - contribution;
        Assert.Equal(net, Money(await SummaryValue(citizen, "We pay each week")));
        Assert.Equal(net * 4, Money(await SummaryValue(citizen, "Paid every 4 weeks, in advance")));
        // The first payment: made by the run for the period holding the start, covering the days from the start. The
        // demo leaves the run for today's period to finance, so a start inside it is paid by that run, late.
        var (run, late) = FirstRun(today, start);
        Assert.Contains(
            late ? $" for {start.ToString("d MMMM yyyy", EnGb)} to {run.End.ToString("d MMMM yyyy", EnGb)}, due on {run.Start.ToString("d MMMM yyyy", EnGb)}, not paid yet"
                : $" on {run.Start.ToString("d MMMM yyyy", EnGb)}, for {start.ToString("d MMMM yyyy", EnGb)} to ",
            (await SummaryValue(citizen, "Next payment")).Trim(), StringComparison.Ordinal);
        Assert.Contains("Prepaid card ****4321", await SummaryValue(citizen, "Paid into"), StringComparison.Ordinal);
        Assert.Equal(contribution, Money(await SummaryValue(citizen, "What you pay each week (your contribution)")));
    }

    private Task<IPage> NewPage() => browser.NewPageAsync();

    private async Task SignIn(IPage page, string email, string name)
    {
        await page.OpenAsync($"{portal.BaseUrl}/account/sign-in");
        await Visit(page, name);
        await page.PasswordStepAsync(email, Password);
        await page.CodeIfAskedAsync(() => Visit(page, $"{name}-code"), email);
    }

    /// <summary>Axe over the page as it is now, then a full-page screenshot numbered in the order of the path.</summary>
    private async Task Visit(IPage page, string name)
    {
        await page.ReadyAsync();
        await Browser.AssertAccessibleAsync(page);
        await Browser.ScreenshotAsync(page, $"whole-path-{++_step:00}-{name}");
    }

    private static Task Click(IPage page, string button) =>
        page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    private static async Task Continue(IPage page, string next)
    {
        await Click(page, "Continue");
        await page.ArriveAtAsync(next);
    }

    private static Task Choose(IPage page, string name, string value) =>
        page.Locator($"input[name='{name}'][value='{value}']").CheckAsync();

    private static async Task FillDate(IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}-day").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The value beside a key in a GOV.UK summary list.</summary>
    private static Task<string> SummaryValue(IPage page, string key) =>
        page.Locator(".govuk-summary-list__row")
            .Filter(new() { Has = page.Locator(".govuk-summary-list__key", new() { HasTextRegex = new Regex($"^\\s*{Regex.Escape(key)}\\s*$") }) })
            .Locator(".govuk-summary-list__value")
            .First.InnerTextAsync();

    /// <summary>"£1,234.56" (with any words after it) as 1234.56.</summary>
    private static decimal Money(string text) =>
        decimal.Parse(MoneyPattern().Match(text).Groups[1].Value, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"£([0-9,]+\.[0-9]{2})")]
    private static partial Regex MoneyPattern();

    // Payments are made by the council's 4-weekly runs, in advance: the first is the first run on or after today for a
    // period that reaches the start.
    // The run that pays a direct payment starting on start, and whether its day has passed: the run for today's
    // period is still to be made (the demo leaves it to finance), so it pays a start inside that period.
    private (PaymentPeriod Run, bool Late) FirstRun(DateOnly today, DateOnly start)
    {
        var run = portal.Calendar.PeriodContaining(today);
        while (run.End < start)
        {
            run = run.Next;
        }

        return (run, run.Start < today);
    }
}

using DirectPayments.BrowserTests.Support;
using Microsoft.Playwright;

namespace DirectPayments.BrowserTests;

/// <summary>
/// A parent asks for their disabled child and is asked about a child's needs; the case manager works Leo Parker's
/// demo case (assessed under the Children Act, his plan agreed): the child's assessment page, then the direct payment,
/// started with no financial assessment. Every page is checked by axe and for reflow, and kept as a screenshot
/// (child-NN-*.jpg).
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class DisabledChildJourneyTests(Browser browser, LivePortal portal)
{
    private const string Child = "Leo Parker";

    private readonly JourneyPages _pages = new("child");

    [Fact]
    public async Task Parent_IsAskedAboutAChildsNeeds_AndTheCaseManagerStartsThePaymentWithoutAMeansTest()
    {
        var parent = await browser.NewPageAsync();
        var manager = await browser.NewPageAsync();
        try
        {
            // 1. A parent asks for their child: the needs offered are a child's.
            await parent.SignInAsync(portal.BaseUrl, "citizen2@example.org");
            await parent.StartAFreshApplicationAsync(portal.BaseUrl);
            await parent.GetByLabel("My disabled child").CheckAsync();
            await JourneyPages.ContinueAsync(parent, "**/citizen/apply/person");
            await parent.Locator("#FullName").FillAsync("Mia Child-Example");
            await parent.Locator("#DateOfBirth-day").FillAsync("4");
            await parent.Locator("#DateOfBirth-month").FillAsync("3");
            await parent.Locator("#DateOfBirth-year").FillAsync("2016");
            await JourneyPages.ContinueAsync(parent, "**/citizen/apply/relationship");
            await parent.Locator("#Relationship").FillAsync("Mother");
            await JourneyPages.ContinueAsync(parent, "**/citizen/apply/authority");
            await parent.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
            await JourneyPages.ContinueAsync(parent, "**/citizen/apply/difficulties");
            await _pages.VisitAsync(parent, "apply-childs-needs");
            var needs = await parent.Locator("main").InnerTextAsync();
            Assert.Contains("Learning, play and education", needs, StringComparison.Ordinal);
            Assert.DoesNotContain("Preparing food and drink", needs, StringComparison.Ordinal);

            // Sam's unfinished application is discarded, as the other journeys that apply as him expect to start afresh.
            await parent.StartAFreshApplicationAsync(portal.BaseUrl);

            // 2. The case manager opens Leo's case: no financial assessment, and the child's assessment page.
            await manager.SignInAsync(portal.BaseUrl, "casemanager@example.org");
            await manager.GetByRole(AriaRole.Link, new() { Name = Child }).First.ClickAsync();
            await manager.ArriveAtAsync("**/case-management/cases/*");
            var caseUrl = manager.Url;
            await _pages.VisitAsync(manager, "cm-case");
            Assert.Contains("What the family pays", await manager.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
            await manager.OpenAsync($"{caseUrl}/needs-assessment");
            await _pages.VisitAsync(manager, "cm-childs-assessment");

            // 3. The direct payment, paid to his father, with nothing to pay by default.
            await manager.OpenAsync($"{caseUrl}/direct-payment");
            await _pages.VisitAsync(manager, "cm-direct-payment");
            await manager.GetByLabel("A parent of a disabled child").CheckAsync();
            await manager.Locator("#RecipientName").FillAsync("Tom Parker");
            await manager.Locator("#AccountIdentifier").FillAsync("4929 0000 0000 4321");
            await manager.GetByRole(AriaRole.Button, new() { Name = "Start the direct payment" }).ClickAsync();
            await manager.ArriveAtAsync(caseUrl);
            await manager.Locator(".govuk-notification-banner--success").WaitForAsync();
            await _pages.VisitAsync(manager, "cm-case-paying");

            // 4. His father shows the charge is more than he can reasonably pay (s29(2)): first without saying what he
            // showed or from when.
            await manager.GetByRole(AriaRole.Link, new() { Name = "Change what the family can reasonably pay" }).ClickAsync();
            await manager.ArriveAtAsync($"{caseUrl}/family-benefits");
            await manager.GetByLabel("No").CheckAsync();
            await manager.Locator("#CanReasonablyPayWeekly").FillAsync("10");
            await manager.GetByRole(AriaRole.Button, new() { Name = "Record what the family can pay" }).ClickAsync();
            await manager.Locator(".govuk-error-summary").WaitForAsync();
            await _pages.VisitAsync(manager, "cm-family-benefits-error");
            await manager.Locator("#MeansShownBy").FillAsync("Household income and outgoings seen");
            await manager.Locator("#From-day").FillAsync("1");
            await manager.Locator("#From-month").FillAsync("12");
            await manager.Locator("#From-year").FillAsync("2026");
            await manager.GetByRole(AriaRole.Button, new() { Name = "Record what the family can pay" }).ClickAsync();
            await manager.ArriveAtAsync(caseUrl);
            Assert.Contains("No more than £10.00 a week", await manager.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

            // Later he starts receiving Universal Credit (s29(3)): recorded from a day.
            await manager.GetByRole(AriaRole.Link, new() { Name = "Change whether the family receives a benefit in section 29(3)" }).ClickAsync();
            await manager.ArriveAtAsync($"{caseUrl}/family-benefits");
            await manager.GetByLabel("Yes").CheckAsync();
            await manager.Locator("#From-day").FillAsync("4");
            await manager.Locator("#From-month").FillAsync("1");
            await manager.Locator("#From-year").FillAsync("2027");
            await manager.GetByRole(AriaRole.Button, new() { Name = "Record what the family can pay" }).ClickAsync();
            await manager.ArriveAtAsync(caseUrl);
            Assert.Contains("Yes: the council may not charge", await manager.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

            // 5. His move to adult care, years away: the page says when and what changes.
            await manager.GetByRole(AriaRole.Link, new() { Name = "Plan the move to adult care" }).ClickAsync();
            await manager.ArriveAtAsync($"{caseUrl}/adult-care");
            await _pages.VisitAsync(manager, "cm-adult-care");

            // 6. A new card for his father: where the payment goes, confirmed with the family, from the next payment.
            await manager.OpenAsync(caseUrl);
            await manager.GetByRole(AriaRole.Link, new() { Name = "Change who is paid, or the account" }).ClickAsync();
            await manager.ArriveAtAsync($"{caseUrl}/direct-payment/paid-to");
            await _pages.VisitAsync(manager, "cm-paid-to");
            await manager.Locator("#AccountIdentifier").FillAsync("4929 0000 0000 8765");
            await manager.Locator("#HowConfirmed").FillAsync("Called Tom Parker back on the number on the case");
            await manager.GetByRole(AriaRole.Button, new() { Name = "Change from the next payment" }).ClickAsync();
            await manager.ArriveAtAsync(caseUrl);
            Assert.Contains("****8765", await manager.Locator("main").InnerTextAsync(), StringComparison.Ordinal);

            // 7. Chloe, 17, paid through her mother for five months: her case waits on the plan for her move to adult care.
            await manager.OpenAsync($"{portal.BaseUrl}/case-management");
            await manager.GetByRole(AriaRole.Link, new() { Name = "Chloe Morgan" }).First.ClickAsync();
            await manager.ArriveAtAsync("**/case-management/cases/*");
            await _pages.VisitAsync(manager, "cm-turning-18");
            Assert.Contains("Plan the move to adult care: Chloe Morgan turns 18 on", await manager.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        }
        catch
        {
            await Browser.KeepFailureEvidenceAsync(nameof(Parent_IsAskedAboutAChildsNeeds_AndTheCaseManagerStartsThePaymentWithoutAMeansTest), parent, manager);
            throw;
        }
        finally
        {
            await parent.Context.CloseAsync();
            await manager.Context.CloseAsync();
        }
    }
}

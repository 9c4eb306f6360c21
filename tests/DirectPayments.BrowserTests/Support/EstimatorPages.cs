using Microsoft.Playwright;

namespace DirectPayments.BrowserTests.Support;

/// <summary>
/// "Estimate what you might pay", answered through its pages as the council's worked example V01 (PIP daily living,
/// ESA, £5,000 savings, £24.55 disability-related spending, care costing £60 a week): £29.30 a week with 2026-27 rates.
/// </summary>
public static class EstimatorPages
{
    /// <summary>
    /// From the estimator's start page to its result, calling <paramref name="visited"/> with a name for every page on
    /// the way (including the age question with its error summary), so that the caller can check and keep each one.
    /// </summary>
    public static async Task AnswerV01Async(IPage page, Func<string, Task> visited)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(visited);

        await visited("start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await AnswerV01QuestionsAsync(page, visited);
        await page.GetByRole(AriaRole.Button, new() { Name = "Get the estimate" }).ClickAsync();
        await page.Locator(".govuk-panel").WaitForAsync();
    }

    /// <summary>
    /// The V01 example's answers, question by question, from the first question to the check page; a journey that
    /// does not ask the cost of care (a person's own assessment) goes from the extra costs of disability to the check.
    /// A person answering their own (<paramref name="toTheAnswerer"/>) is asked about "you", not "them".
    /// </summary>
    public static async Task AnswerV01QuestionsAsync(IPage page, Func<string, Task> visited, bool asksTheCost = true, bool toTheAnswerer = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(visited);
        string Say(string aboutThem, string toYou) => toTheAnswerer ? toYou : aboutThem;

        await visited("disclose");
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await Continue(page);

        await Continue(page);
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await visited("age-error");
        await page.GetByLabel(Say("How old are they?", "How old are you?")).FillAsync("30");
        await Continue(page);

        await visited("pension-age");
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await Continue(page);

        await visited("household");
        await page.GetByLabel(Say("On their own, or with people who are not their partner", "On your own, or with people who are not your partner")).CheckAsync();
        await Continue(page);

        await visited("children");
        await page.GetByLabel(Say("How many children live with them and depend on them?", "How many children live with you and depend on you?")).FillAsync("0");
        await Continue(page);

        await visited("benefits");
        await page.GetByLabel(Say("They get a disability benefit", "You get a disability benefit"), new() { Exact = true }).CheckAsync();
        await page.GetByLabel(Say("They get the highest rate of a disability benefit", "You get the highest rate of a disability benefit")).CheckAsync();
        await Continue(page);

        await visited("incomes");
        await AddIncome(page, "Personal Independence Payment, daily living", "110.40");
        await AddIncome(page, "Employment and Support Allowance", "140.55");
        await visited("incomes-added");
        await Continue(page);

        await visited("savings");
        await page.GetByLabel("Savings and bank accounts").CheckAsync();
        await page.GetByLabel("Amount", new() { Exact = true }).FillAsync("5000");
        await page.Locator("input[name=Joint][value=no]").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add these savings" }).ClickAsync();
        await Continue(page);

        // A case manager's journey asks about deprivation of capital next; the public estimator never does.
        if (page.Url.EndsWith("/deprivation", StringComparison.Ordinal))
        {
            await visited("deprivation");
            await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
            await Continue(page);
        }

        await visited("housing");
        await page.GetByRole(AriaRole.Button, new() { Name = Say("They have no housing costs to add: continue", "You have no housing costs to add: continue") }).ClickAsync();

        await visited("disability-costs");
        await page.GetByLabel(Say("Enter what they spend each week", "Enter what you spend each week")).CheckAsync();
        await page.GetByLabel(Say("If you chose to enter it: what they spend each week", "If you chose to enter it: what you spend each week")).FillAsync("24.55");
        await Continue(page);

        if (asksTheCost)
        {
            await page.ArriveAtAsync("**/cost");
            await visited("cost");
            await page.GetByLabel("What does their care and support cost each week?").FillAsync("60");
            await Continue(page);
        }

        await page.ArriveAtAsync("**/check");

        await visited("check-answers");
    }

    private static Task Continue(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue", Exact = true }).ClickAsync();

    private static async Task AddIncome(IPage page, string type, string amount)
    {
        await page.GetByLabel(type, new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Amount", new() { Exact = true }).FillAsync(amount);
        await page.GetByLabel("every week").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add this income" }).ClickAsync();
    }
}

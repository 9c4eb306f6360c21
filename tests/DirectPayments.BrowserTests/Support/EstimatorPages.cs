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
    /// </summary>
    public static async Task AnswerV01QuestionsAsync(IPage page, Func<string, Task> visited, bool asksTheCost = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(visited);

        await visited("disclose");
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await Continue(page);

        await Continue(page);
        await page.Locator(".govuk-error-summary").WaitForAsync();
        await visited("age-error");
        await page.GetByLabel("How old are they?").FillAsync("30");
        await Continue(page);

        await visited("pension-age");
        await page.GetByLabel("No", new() { Exact = true }).CheckAsync();
        await Continue(page);

        await visited("household");
        await page.GetByLabel("On their own, or with people who are not their partner").CheckAsync();
        await Continue(page);

        await visited("children");
        await page.GetByLabel("How many children live with them and depend on them?").FillAsync("0");
        await Continue(page);

        await visited("benefits");
        await page.GetByLabel("They get a disability benefit", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("They get the highest rate of a disability benefit").CheckAsync();
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
        await page.GetByRole(AriaRole.Button, new() { Name = "They have no housing costs to add: continue" }).ClickAsync();

        await visited("disability-costs");
        await page.GetByLabel("Enter what they spend each week").CheckAsync();
        await page.GetByLabel("If you chose to enter it: what they spend each week").FillAsync("24.55");
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

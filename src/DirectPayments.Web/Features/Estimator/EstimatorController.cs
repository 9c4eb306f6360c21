using System.Globalization;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Estimator;

/// <summary>
/// "Estimate what you might pay": one question a page for anyone, signed in or not, ending in the same estimate the
/// JSON API gives. A Change link on the check page comes back to the check page.
/// </summary>
[AllowAnonymous]
[Route("estimate")]
public sealed class EstimatorController(EstimatorAnswersStore store, IContributionEstimator estimator, CouncilClock clock) : Controller
{
    private static readonly string[] FullJourney =
        ["disclose", "age", "pension-age", "household", "children", "benefits", "incomes", "savings", "housing", "disability-costs", "cost", "check"];

    private static readonly string[] DeclinedJourney = ["disclose", "age", "cost", "check"];

    [HttpGet("")]
    public IActionResult Start() => View();

    [HttpGet("disclose")]
    public IActionResult Disclose() => Show(new DiscloseStep { WillDisclose = YesNo(Answers.WillDisclose) });

    [HttpPost("disclose")]
    public Task<IActionResult> Disclose(DiscloseStep model, [FromServices] IValidator<DiscloseStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.WillDisclose = m.WillDisclose == "yes", "disclose", change);

    [HttpGet("age")]
    public IActionResult Age() => Show(new AgeStep { Age = Answers.Age?.ToString(CultureInfo.InvariantCulture) });

    [HttpPost("age")]
    public Task<IActionResult> Age(AgeStep model, [FromServices] IValidator<AgeStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.Age = int.Parse(m.Age!.Trim(), CultureInfo.InvariantCulture), "age", change);

    [HttpGet("pension-age")]
    public IActionResult PensionAge() => Show(new PensionAgeStep { PensionAge = YesNo(Answers.PensionAge) });

    [HttpPost("pension-age")]
    public Task<IActionResult> PensionAge(PensionAgeStep model, [FromServices] IValidator<PensionAgeStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.PensionAge = m.PensionAge == "yes", "pension-age", change);

    [HttpGet("household")]
    public IActionResult Household() => Show(new HouseholdStep { Household = Answers.Household?.ToString() });

    [HttpPost("household")]
    public Task<IActionResult> Household(HouseholdStep model, [FromServices] IValidator<HouseholdStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.Household = Enum.Parse<Household>(m.Household!), "household", change);

    [HttpGet("children")]
    public IActionResult Children() => Show(new ChildrenStep { Children = Answers.Children?.ToString(CultureInfo.InvariantCulture) });

    [HttpPost("children")]
    public Task<IActionResult> Children(ChildrenStep model, [FromServices] IValidator<ChildrenStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.Children = int.Parse(m.Children!.Trim(), CultureInfo.InvariantCulture), "children", change);

    [HttpGet("benefits")]
    public IActionResult Benefits() => Show(new BenefitsStep { Premiums = Answers.Premiums ?? [] });

    [HttpPost("benefits")]
    public Task<IActionResult> Benefits(BenefitsStep model, [FromServices] IValidator<BenefitsStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.Premiums = [.. m.Premiums.Where(p => p != "None")], "benefits", change);

    [HttpGet("incomes")]
    public IActionResult Incomes() => Show(new IncomeStep());

    [HttpPost("incomes")]
    public Task<IActionResult> Incomes(IncomeStep model, [FromServices] IValidator<IncomeStep> validator) =>
        Add(model, validator, a => a.Incomes.Count, (a, m) => a.Incomes.Add(new IncomeAnswer(
            Enum.Parse<IncomeType>(m.Type!), MoneyInput.Parse(m.Amount)!.Value, Enum.Parse<Frequency>(m.Frequency!))), nameof(Incomes));

    [HttpPost("incomes/remove/{index:int}")]
    public IActionResult RemoveIncome(int index) => Remove(a => a.Incomes, index, nameof(Incomes));

    [HttpGet("savings")]
    public IActionResult Savings() => Show(new CapitalStep());

    [HttpPost("savings")]
    public Task<IActionResult> Savings(CapitalStep model, [FromServices] IValidator<CapitalStep> validator) =>
        Add(model, validator, a => a.Capital.Count, (a, m) => a.Capital.Add(new CapitalAnswer(
            Enum.Parse<CapitalType>(m.Type!), MoneyInput.Parse(m.Amount)!.Value, m.Joint == "yes")), nameof(Savings));

    [HttpPost("savings/remove/{index:int}")]
    public IActionResult RemoveSavings(int index) => Remove(a => a.Capital, index, nameof(Savings));

    [HttpGet("housing")]
    public IActionResult Housing() => Show(new HousingStep());

    [HttpPost("housing")]
    public Task<IActionResult> Housing(HousingStep model, [FromServices] IValidator<HousingStep> validator) =>
        Add(model, validator, a => a.Housing.Count, (a, m) => a.Housing.Add(new HousingAnswer(
            Enum.Parse<HousingCostType>(m.Type!), MoneyInput.Parse(m.Amount)!.Value, Enum.Parse<Frequency>(m.Frequency!))), nameof(Housing));

    [HttpPost("housing/remove/{index:int}")]
    public IActionResult RemoveHousing(int index) => Remove(a => a.Housing, index, nameof(Housing));

    [HttpGet("disability-costs")]
    public IActionResult DisabilityCosts() => Show(new DisabilityCostsStep
    {
        UseStandard = YesNo(Answers.UseStandardDre),
        Amount = Answers.Dre?.ToString("0.00", CultureInfo.InvariantCulture),
    });

    [HttpPost("disability-costs")]
    public Task<IActionResult> DisabilityCosts(DisabilityCostsStep model, [FromServices] IValidator<DisabilityCostsStep> validator, bool change = false) =>
        Save(model, validator, (a, m) =>
        {
            a.UseStandardDre = m.UseStandard == "yes";
            a.Dre = m.UseStandard == "no" ? MoneyInput.Parse(m.Amount) : null;
        }, "disability-costs", change);

    [HttpGet("cost")]
    public IActionResult Cost() => Show(new CostStep { WeeklyCost = Answers.WeeklyCost?.ToString("0.00", CultureInfo.InvariantCulture) });

    [HttpPost("cost")]
    public Task<IActionResult> Cost(CostStep model, [FromServices] IValidator<CostStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.WeeklyCost = MoneyInput.Parse(m.WeeklyCost), "cost", change);

    [HttpGet("check")]
    public IActionResult Check()
    {
        var answers = Answers;
        if (!answers.IsComplete)
        {
            return RedirectToAction(nameof(Disclose));
        }

        ViewData["Year"] = Year;
        return View(answers);
    }

    [HttpGet("result")]
    public async Task<IActionResult> Result(CancellationToken cancellationToken)
    {
        var answers = Answers;
        if (!answers.IsComplete)
        {
            return RedirectToAction(nameof(Disclose));
        }

        if (User.IsInRole(DirectPayments.Application.Common.Roles.Citizen))
        {
            ViewData["Cases"] = (await HttpContext.RequestServices.GetRequiredService<Citizen.ICitizenCases>().ListAsync(User, cancellationToken))
                .Where(c => c.Stage != DirectPayments.Domain.Cases.CaseStage.Closed)
                .ToList();
        }
        else if (User.IsInRole(DirectPayments.Application.Common.Roles.CaseManager))
        {
            // A case manager entering the answers for someone on their caseload (from a call or a paper form).
            var caseload = await HttpContext.RequestServices.GetRequiredService<CaseManagement.ICaseload>().ListAsync(User, null, cancellationToken);
            ViewData["Cases"] = caseload.Rows
                .Select(r => new Citizen.CaseSummary(r.Id, r.Reference, r.SubjectName, r.Stage, DirectPayments.Domain.Cases.CaseMemberRole.Subject))
                .ToList();
            ViewData["ForCaseManager"] = true;
        }

        return View(await estimator.EstimateAsync(answers.ToRequest(Year), cancellationToken));
    }

    [HttpPost("start-again")]
    public IActionResult StartAgain()
    {
        EstimatorAnswersStore.Clear(HttpContext);
        return RedirectToAction(nameof(Start));
    }

    /// <summary>The step before this one, for the back link.</summary>
    internal static string Previous(string step, EstimatorAnswers answers)
    {
        var journey = answers.WillDisclose == false ? DeclinedJourney : FullJourney;
        var index = Array.IndexOf(journey, step);
        return index > 0 ? $"/estimate/{journey[index - 1]}" : "/estimate";
    }

    private static string Next(string step, EstimatorAnswers answers, bool change)
    {
        if (change && answers.IsComplete)
        {
            return "/estimate/check";
        }

        var journey = answers.WillDisclose == false ? DeclinedJourney : FullJourney;
        var index = Array.IndexOf(journey, step);
        return $"/estimate/{journey[Math.Min(index + 1, journey.Length - 1)]}";
    }

    private FinancialYear Year => FinancialYear.Containing(clock.Today);

    private EstimatorAnswers Answers => (HttpContext.Items["answers"] as EstimatorAnswers) ?? (EstimatorAnswers)(HttpContext.Items["answers"] = store.Load(HttpContext));

    private ViewResult Show<TModel>(TModel model)
    {
        ViewData["Answers"] = Answers;
        return View(model);
    }

    private async Task<IActionResult> Save<TModel>(TModel model, IValidator<TModel> validator, Action<EstimatorAnswers, TModel> apply, string step, bool change)
    {
        (await validator.ValidateAsync(model)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return Show(model);
        }

        var answers = Answers;
        apply(answers, model);
        store.Save(HttpContext, answers);
        return Redirect(Next(step, answers, change));
    }

    private async Task<IActionResult> Add<TModel>(
        TModel model, IValidator<TModel> validator, Func<EstimatorAnswers, int> count, Action<EstimatorAnswers, TModel> add, string action)
    {
        (await validator.ValidateAsync(model)).AddToModelState(ModelState);
        if (count(Answers) >= EstimatorAnswers.MaximumItems)
        {
            ModelState.AddModelError(string.Empty, $"You can add up to {EstimatorAnswers.MaximumItems}. Add the smaller amounts together");
        }

        if (!ModelState.IsValid)
        {
            return Show(model);
        }

        var answers = Answers;
        add(answers, model);
        store.Save(HttpContext, answers);
        return RedirectToAction(action);
    }

    private RedirectToActionResult Remove<T>(Func<EstimatorAnswers, List<T>> list, int index, string action)
    {
        var answers = Answers;
        var items = list(answers);
        if (index >= 0 && index < items.Count)
        {
            items.RemoveAt(index);
            store.Save(HttpContext, answers);
        }

        return RedirectToAction(action);
    }

    private static string? YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        _ => null,
    };
}

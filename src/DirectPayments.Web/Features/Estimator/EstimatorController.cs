using System.Globalization;
using DirectPayments.Application.Estimator;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Estimator;

/// <summary>The check page: the answers, and the year whose rates and policy the estimate will use.</summary>
public sealed record EstimatorCheckPage(EstimatorAnswers Answers, FinancialYear Year)
{
    /// <summary>For a case manager entering a person's answers: whose they are, and where to enter them.</summary>
    public string? AnsweringFor { get; init; }

    public string? EnterUrl { get; init; }

    /// <summary>For a person answering their own: where to send them to the council.</summary>
    public string? SendUrl { get; init; }

    /// <summary>Whether the journey asked the weekly cost of care (a person's own assessment does not: the council knows it).</summary>
    public bool AskedTheCost { get; init; } = true;

    /// <summary>Whether the page speaks about the person or to them.</summary>
    public Words.QuestionVoice Voice { get; init; } = Words.QuestionVoice.AboutThem;

    /// <summary>The last question before this page, for the back link.</summary>
    public string? Back { get; init; }
}

/// <summary>The estimate (or why there is none), and the cases a signed-in person may send it to.</summary>
public sealed record EstimateResultPage(EstimateOutcome Outcome, CasesToSendTo SendTo);

/// <summary>
/// The questions about a person's money, one a page: asked of anyone by the public estimator, and by a case manager
/// entering a person's answers from a call or a paper form. Each journey keeps its answers in its own cookie, scoped to
/// its own path, so an estimate and an assessment being entered for a person never mix. A Change link on the check
/// page comes back to the check page.
/// </summary>
public abstract class FinancialQuestionsController(EstimatorAnswersStore store, ContributionEstimates estimates) : Controller
{
    /// <summary>Where this journey's pages are, and so where its answers are kept ("/estimate").</summary>
    protected abstract string AnswersPath { get; }

    /// <summary>The page before the first question.</summary>
    public abstract IActionResult Start();

    protected ContributionEstimates Estimates => estimates;

    protected EstimatorAnswersStore Store => store;

    private static readonly string[] FullJourney =
    [
        nameof(Disclose), nameof(Age), nameof(PensionAge), nameof(Household), nameof(PartnerPensionAge), nameof(Children), nameof(Benefits), nameof(Incomes),
        nameof(NightCare), nameof(Savings), nameof(Deprivation), nameof(Housing), nameof(DisabilityCosts), nameof(DisabilityCostItems),
        nameof(Cost), nameof(Check),
    ];

    private static readonly string[] DeclinedJourney = [nameof(Disclose), nameof(Age), nameof(Cost), nameof(Check)];

    /// <summary>
    /// Whether the journey asks what the person's care costs each week: the estimator must, to estimate; a person
    /// sending their own assessment is not asked to guess what the council already knows (it is set at verification).
    /// </summary>
    protected virtual bool AsksTheCost => true;

    /// <summary>Every question this journey asks is answered.</summary>
    protected bool IsComplete(EstimatorAnswers answers) =>
        answers is not null && answers.IsCompleteApartFromCost && (!AsksTheCost || answers.WeeklyCost is not null);

    [HttpGet("disclose")]
    public IActionResult Disclose() => Show(new DiscloseStep { WillDisclose = YesNo(Answers.WillDisclose) }, nameof(Disclose));

    [HttpPost("disclose")]
    public Task<IActionResult> Disclose(DiscloseStep model, [FromServices] IValidator<DiscloseStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.WillDisclose = m.WillDisclose == "yes", nameof(Disclose), change);

    [HttpGet("age")]
    public IActionResult Age() => Show(new AgeStep { Age = Answers.Age?.ToString(CultureInfo.InvariantCulture) }, nameof(Age));

    [HttpPost("age")]
    public Task<IActionResult> Age(AgeStep model, [FromServices] IValidator<AgeStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.Age = int.Parse(m.Age!.Trim(), CultureInfo.InvariantCulture), nameof(Age), change);

    [HttpGet("pension-age")]
    public IActionResult PensionAge() => Show(new PensionAgeStep { PensionAge = YesNo(Answers.PensionAge) }, nameof(PensionAge));

    [HttpPost("pension-age")]
    public Task<IActionResult> PensionAge(PensionAgeStep model, [FromServices] IValidator<PensionAgeStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.PensionAge = m.PensionAge == "yes", nameof(PensionAge), change);

    [HttpGet("household")]
    public IActionResult Household() => Show(new HouseholdStep { Household = Answers.Household?.ToString() }, nameof(Household));

    [HttpPost("household")]
    public Task<IActionResult> Household(HouseholdStep model, [FromServices] IValidator<HouseholdStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.Household = Enum.Parse<Household>(m.Household!), nameof(Household), change);

    [HttpGet("partner-pension-age")]
    public IActionResult PartnerPensionAge() => Show(new PartnerPensionAgeStep { PartnerPensionAge = YesNo(Answers.PartnerPensionAge) }, nameof(PartnerPensionAge));

    [HttpPost("partner-pension-age")]
    public Task<IActionResult> PartnerPensionAge(PartnerPensionAgeStep model, [FromServices] IValidator<PartnerPensionAgeStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.PartnerPensionAge = m.PartnerPensionAge == "yes", nameof(PartnerPensionAge), change);

    [HttpGet("children")]
    public IActionResult Children() => Show(new ChildrenStep { Children = Answers.Children?.ToString(CultureInfo.InvariantCulture) }, nameof(Children));

    [HttpPost("children")]
    public Task<IActionResult> Children(ChildrenStep model, [FromServices] IValidator<ChildrenStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.Children = int.Parse(m.Children!.Trim(), CultureInfo.InvariantCulture), nameof(Children), change);

    [HttpGet("benefits")]
    public IActionResult Benefits() => Show(new BenefitsStep { Premiums = Answers.Premiums ?? [] }, nameof(Benefits));

    [HttpPost("benefits")]
    public Task<IActionResult> Benefits(BenefitsStep model, [FromServices] IValidator<BenefitsStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.Premiums = [.. m.Premiums.Where(p => p != "None")], nameof(Benefits), change);

    [HttpGet("incomes")]
    public IActionResult Incomes() => Show(new IncomeStep(), nameof(Incomes));

    [HttpPost("incomes")]
    public Task<IActionResult> Incomes(IncomeStep model, [FromServices] IValidator<IncomeStep> validator) =>
        Add(model, validator, a => a.Incomes.Count, (a, m) => a.Incomes.Add(new IncomeAnswer(
            Enum.Parse<IncomeType>(m.Type!), m.Amount!.Value.Pounds, Enum.Parse<Frequency>(m.Frequency!))), nameof(Incomes), "incomes");

    [HttpPost("incomes/remove/{index:int}")]
    public Task<IActionResult> RemoveIncome(int index) => Remove(a => a.Incomes, index, nameof(Incomes));

    [HttpGet("night-care")]
    public IActionResult NightCare() => Show(new NightCareStep { NightCareArranged = YesNo(Answers.NightCareArranged) }, nameof(NightCare));

    [HttpPost("night-care")]
    public Task<IActionResult> NightCare(NightCareStep model, [FromServices] IValidator<NightCareStep> validator, bool change = false) =>
        Save(model, validator, (a, m) => a.NightCareArranged = m.NightCareArranged == "yes", nameof(NightCare), change);

    [HttpGet("savings")]
    public IActionResult Savings() => Show(new CapitalStep(), nameof(Savings));

    [HttpPost("savings")]
    public Task<IActionResult> Savings(CapitalStep model, [FromServices] IValidator<CapitalStep> validator) =>
        Add(model, validator, a => a.Capital.Count, (a, m) => a.Capital.Add(new CapitalAnswer(
            Enum.Parse<CapitalType>(m.Type!), m.Amount!.Value.Pounds, m.Joint == "yes", m.SecuredDebt?.Pounds ?? 0m)), nameof(Savings), "savings, investments or property");

    [HttpPost("savings/remove/{index:int}")]
    public Task<IActionResult> RemoveSavings(int index) => Remove(a => a.Capital, index, nameof(Savings));

    [HttpGet("deprivation")]
    public IActionResult Deprivation() => AsksAboutDeprivation
        ? Show(new DeprivationStep
        {
            Deprived = YesNo(Answers.Deprived),
            NotionalCapital = Answers.NotionalCapital is { } notional ? Money.FromPounds(notional) : null,
            Reason = Answers.NotionalCapitalReason,
        }, nameof(Deprivation))
        : NotFound();

    [HttpPost("deprivation")]
    public async Task<IActionResult> Deprivation(DeprivationStep model, [FromServices] IValidator<DeprivationStep> validator, bool change = false) =>
        AsksAboutDeprivation
            ? await Save(model, validator, (a, m) =>
            {
                a.Deprived = m.Deprived == "yes";
                a.NotionalCapital = a.Deprived == true ? m.NotionalCapital?.Pounds : null;
                a.NotionalCapitalReason = a.Deprived == true ? m.Reason?.Trim() : null;
            }, nameof(Deprivation), change)
            : NotFound();

    /// <summary>Whether this journey asks about deprivation of capital: a case manager's decision, never a citizen's question.</summary>
    protected virtual bool AsksAboutDeprivation => false;

    [HttpGet("housing")]
    public IActionResult Housing() => Show(new HousingStep(), nameof(Housing));

    [HttpPost("housing")]
    public Task<IActionResult> Housing(HousingStep model, [FromServices] IValidator<HousingStep> validator) =>
        Add(model, validator, a => a.Housing.Count, (a, m) => a.Housing.Add(new HousingAnswer(
            Enum.Parse<HousingCostType>(m.Type!), m.Amount!.Value.Pounds, Enum.Parse<Frequency>(m.Frequency!))), nameof(Housing), "housing costs");

    [HttpPost("housing/remove/{index:int}")]
    public Task<IActionResult> RemoveHousing(int index) => Remove(a => a.Housing, index, nameof(Housing));

    [HttpGet("disability-costs")]
    public IActionResult DisabilityCosts() => Show(new DisabilityCostsStep
    {
        StandardAmount = _policy?.StandardDisabilityRelatedExpenditure,
        UseStandard = Answers.DreItemised == true && Answers.UseStandardDre == false ? "items" : YesNo(Answers.UseStandardDre),
        Amount = Answers.Dre is { } dre ? Money.FromPounds(dre) : null,
    }, nameof(DisabilityCosts));

    [HttpPost("disability-costs")]
    public Task<IActionResult> DisabilityCosts(DisabilityCostsStep model, [FromServices] IValidator<DisabilityCostsStep> validator, bool change = false)
    {
        // The amount is asked for only with "no": what is left in its box after choosing the standard amount is not an answer.
        if (model.UseStandard != "no")
        {
            ModelState.Remove(nameof(model.Amount));
        }

        model.StandardAmount = _policy?.StandardDisabilityRelatedExpenditure;

        return Save(model, validator, (a, m) =>
        {
            a.UseStandardDre = m.UseStandard == "yes";
            a.Dre = m.UseStandard == "no" ? m.Amount?.Pounds : null;
            a.DreItemised = m.UseStandard == "items";
        }, nameof(DisabilityCosts), change && model.UseStandard != "items"); // listing items is a page of its own, even when changing
    }

    [HttpGet("disability-cost-items")]
    public IActionResult DisabilityCostItems() => Show(new DisabilityCostItemStep(), nameof(DisabilityCostItems));

    [HttpPost("disability-cost-items")]
    public Task<IActionResult> DisabilityCostItems(DisabilityCostItemStep model, [FromServices] IValidator<DisabilityCostItemStep> validator) =>
        Add(model, validator, a => a.DreItems.Count, (a, m) => a.DreItems.Add(new DisabilityCostAnswer(
            Enum.Parse<DisabilityRelatedExpenditureType>(m.Type!), m.Amount!.Value.Pounds, Enum.Parse<Frequency>(m.Frequency!))), nameof(DisabilityCostItems), "extra costs");

    [HttpPost("disability-cost-items/remove/{index:int}")]
    public Task<IActionResult> RemoveDisabilityCostItem(int index) => Remove(a => a.DreItems, index, nameof(DisabilityCostItems));

    [HttpGet("cost")]
    public IActionResult Cost() => AsksTheCost
        ? Show(new CostStep { WeeklyCost = Answers.WeeklyCost is { } cost ? Money.FromPounds(cost) : null }, nameof(Cost))
        : NotFound();

    [HttpPost("cost")]
    public async Task<IActionResult> Cost(CostStep model, [FromServices] IValidator<CostStep> validator, bool change = false) =>
        AsksTheCost ? await Save(model, validator, (a, m) => a.WeeklyCost = m.WeeklyCost?.Pounds, nameof(Cost), change) : NotFound();

    [HttpGet("check")]
    public virtual async Task<IActionResult> Check(CancellationToken cancellationToken) =>
        IsComplete(Answers)
            ? View(QuestionView(nameof(Check)), await CheckPageAsync(Answers, cancellationToken) with
            {
                AskedTheCost = AsksTheCost, Back = Url.Action(Previous(nameof(Check), Answers), JourneyValues), Voice = Voice,
            })
            : RedirectToAction(nameof(Disclose), JourneyValues);

    /// <summary>The check page, saying what happens next in this journey.</summary>
    protected abstract Task<EstimatorCheckPage> CheckPageAsync(EstimatorAnswers answers, CancellationToken cancellationToken);

    /// <summary>Who the answers are for, shown above every question (nobody, in the public estimator).</summary>
    protected string? AnsweringFor => _answeringFor;

    /// <summary>Whether the questions speak about the person (the default) or to them, answering their own.</summary>
    protected virtual Words.QuestionVoice Voice => Words.QuestionVoice.AboutThem;

    /// <summary>Whether the journey is for one person, who must be found (and may be worked) before any page.</summary>
    protected virtual bool ForOnePerson => false;

    /// <summary>The route values that place a page in this journey (the case, for a case manager's).</summary>
    protected virtual object? JourneyValues => null;

    /// <summary>Where the first question's back link goes.</summary>
    protected virtual string? BeforeTheQuestions => Url.Action(nameof(Start));

    /// <summary>Works out who the answers are for, before each page.</summary>
    protected virtual Task<string?> AnsweringForAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>The questions' views are the estimator's, whichever journey asks them.</summary>
    protected static string QuestionView(string step) => $"~/Features/Estimator/Views/Estimator/{step}.cshtml";

    /// <summary>Whose answers these are, for every page of the journey (the layout of the questions shows it).</summary>
    public override async Task OnActionExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        _answeringFor = await AnsweringForAsync(HttpContext.RequestAborted);
        _policy = await estimates.PolicyThisYearAsync(HttpContext.RequestAborted);
        if (_answeringFor is null && ForOnePerson)
        {
            // Not a case this person may answer for: as if it were not there.
            context.Result = NotFound();
            return;
        }

        HttpContext.Items[AnswersItem] = await LoadAnswersAsync(HttpContext.RequestAborted);
        await next();
    }

    private string? _answeringFor;

    private Domain.Charging.CouncilPolicy? _policy;

    // The partner's pension age is asked only of a member of a couple; night care only where it can change the charge.
    private string[] JourneyOf(EstimatorAnswers answers) =>
        answers.WillDisclose == false
            ? [.. DeclinedJourney.Where(step => step != nameof(Cost) || AsksTheCost)]
            : [.. FullJourney.Where(step => step switch
            {
                nameof(Cost) => AsksTheCost,
                nameof(PartnerPensionAge) => answers.Household == Estimator.Household.Couple,
                nameof(NightCare) => _policy?.DisregardNightCareElement == true && answers.HasDayAndNightBenefit,
                nameof(Deprivation) => AsksAboutDeprivation,
                nameof(DisabilityCostItems) => answers.UseStandardDre == false && answers.DreItemised == true,
                _ => true,
            })];

    /// <summary>The step before this one, for the back link: none before the first question.</summary>
    private string? Previous(string step, EstimatorAnswers answers)
    {
        var journey = JourneyOf(answers);
        var index = Array.IndexOf(journey, step);
        return index > 0 ? journey[index - 1] : null;
    }

    /// <summary>The step after this one; the check page after a change once every question is answered.</summary>
    private string Next(string step, EstimatorAnswers answers, bool change)
    {
        if (change && IsComplete(answers))
        {
            return nameof(Check);
        }

        var journey = JourneyOf(answers);
        return journey[Math.Min(Array.IndexOf(journey, step) + 1, journey.Length - 1)];
    }

    /// <summary>The answers so far, read once a request (before the action, so a journey may keep them anywhere).</summary>
    protected EstimatorAnswers Answers => (HttpContext.Items[AnswersItem] as EstimatorAnswers) ?? new EstimatorAnswers();

    private const string AnswersItem = "DirectPayments.Estimator.Answers";

    /// <summary>The answers kept for this journey: by default in its cookie (nothing on the server, ADR 0006).</summary>
    protected virtual Task<EstimatorAnswers> LoadAnswersAsync(CancellationToken cancellationToken) => Task.FromResult(store.Load(HttpContext, AnswersPath));

    /// <summary>Keeps the answers after each change: by default in the journey's cookie. False when they can no longer be kept.</summary>
    protected virtual Task<bool> SaveAnswersAsync(EstimatorAnswers answers, CancellationToken cancellationToken)
    {
        store.Save(HttpContext, answers, AnswersPath);
        return Task.FromResult(true);
    }

    private ViewResult Show<TModel>(TModel model, string step)
        where TModel : EstimatorStep
    {
        model.Answers = Answers;
        model.AnsweringFor = _answeringFor;
        model.Voice = Voice;
        model.Back = Previous(step, model.Answers) is { } previous ? Url.Action(previous, JourneyValues) : BeforeTheQuestions;
        model.Continue = Url.Action(Next(step, model.Answers, change: false), JourneyValues);
        return View(QuestionView(step), model);
    }

    private async Task<IActionResult> Save<TModel>(TModel model, IValidator<TModel> validator, Action<EstimatorAnswers, TModel> apply, string step, bool change)
        where TModel : EstimatorStep
    {
        model.Voice = Voice;
        (await validator.ValidateAsync(model)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return Show(model, step);
        }

        var answers = Answers;
        apply(answers, model);
        return await SaveAnswersAsync(answers, HttpContext.RequestAborted)
            ? RedirectToAction(Next(step, answers, change), JourneyValues)
            : NotFound();
    }

    private async Task<IActionResult> Add<TModel>(
        TModel model, IValidator<TModel> validator, Func<EstimatorAnswers, int> count, Action<EstimatorAnswers, TModel> add, string step, string things)
        where TModel : EstimatorStep
    {
        (await validator.ValidateAsync(model)).AddToModelState(ModelState);
        if (count(Answers) >= EstimatorAnswers.MaximumItems)
        {
            // Against the amount, so that the error summary links to the box to put the smaller amounts together in.
            ModelState.AddModelError("Amount", $"You can add up to {EstimatorAnswers.MaximumItems} {things}. Add the smaller amounts together and enter them as one");
        }

        if (!ModelState.IsValid)
        {
            return Show(model, step);
        }

        var answers = Answers;
        add(answers, model);
        return await SaveAnswersAsync(answers, HttpContext.RequestAborted) ? RedirectToAction(step, JourneyValues) : NotFound();
    }

    private async Task<IActionResult> Remove<T>(Func<EstimatorAnswers, List<T>> list, int index, string step)
    {
        var answers = Answers;
        var items = list(answers);
        if (index >= 0 && index < items.Count)
        {
            items.RemoveAt(index);
            if (!await SaveAnswersAsync(answers, HttpContext.RequestAborted))
            {
                return NotFound();
            }
        }

        return RedirectToAction(step, JourneyValues);
    }

    private static string? YesNo(bool? value) => value switch
    {
        true => "yes",
        false => "no",
        _ => null,
    };
}

/// <summary>
/// "Estimate what you might pay": the questions for anyone, signed in or not, ending in the same estimate the JSON API
/// gives; a signed-in citizen can send it as their financial assessment.
/// </summary>
[AllowAnonymous]
[Route("estimate")]
public sealed class EstimatorController(EstimatorAnswersStore store, ContributionEstimates estimates) : FinancialQuestionsController(store, estimates)
{
    protected override string AnswersPath => EstimatorAnswersStore.EstimatorPath;

    [HttpGet("")]
    public override IActionResult Start() => View();

    protected override Task<EstimatorCheckPage> CheckPageAsync(EstimatorAnswers answers, CancellationToken cancellationToken) =>
        Task.FromResult(new EstimatorCheckPage(answers, Estimates.ThisYear));

    [HttpGet("result")]
    public async Task<IActionResult> Result([FromServices] CasesForTheEstimate cases, CancellationToken cancellationToken)
    {
        var answers = Answers;
        if (!IsComplete(answers))
        {
            return RedirectToAction(nameof(Disclose));
        }

        var estimate = await Estimates.EstimateAsync(answers.ToRequest(Estimates.ThisYear), cancellationToken);
        return View(new EstimateResultPage(estimate, await cases.ListAsync(cancellationToken)));
    }

    [HttpPost("start-again")]
    public IActionResult StartAgain()
    {
        EstimatorAnswersStore.Clear(HttpContext, AnswersPath);
        return RedirectToAction(nameof(Start));
    }

}

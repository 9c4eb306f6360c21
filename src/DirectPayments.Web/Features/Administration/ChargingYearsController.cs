using DirectPayments.Application.Administration.ChargingYears;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using DirectPayments.Web.Words;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.Administration;

/// <summary>Rates and the council's charging policy, one financial year at a time.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("administration/charging-years")]
public sealed class ChargingYearsController(
    ChargingYearPages pages,
    IValidator<RateEditViewModel> rateValidator,
    IValidator<PolicyEditViewModel> policyValidator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.ListAsync(cancellationToken));

    [HttpGet("{year}")]
    public async Task<IActionResult> Year(string year, CancellationToken cancellationToken) =>
        FinancialYear.TryParse(year, out var fy) && await pages.FindAsync(fy, cancellationToken) is { } detail ? View(detail) : NotFound();

    [HttpGet("{year}/rates/{key}")]
    public async Task<IActionResult> EditRate(string year, RateKey key, CancellationToken cancellationToken) =>
        FinancialYear.TryParse(year, out var fy) && await pages.FindAsync(fy, cancellationToken) is { } detail && detail.Year.RateFor(key) is { } rate
            ? View(RateEditViewModel.For(fy, rate))
            : NotFound();

    [HttpPost("{year}/rates/{key}")]
    public async Task<IActionResult> EditRate(string year, RateKey key, RateEditViewModel model, [FromServices] ChangeRate change, CancellationToken cancellationToken)
    {
        if (!FinancialYear.TryParse(year, out var fy))
        {
            return NotFound();
        }

        model.Year = fy.ToString();
        model.Key = key;
        if (await pages.FindAsync(fy, cancellationToken) is not { } detail || detail.Year.RateFor(key) is null)
        {
            return NotFound();
        }

        model.YearRates = detail.Year.Rates.ToDictionary(r => r.Key, r => r.Amount);
        (await rateValidator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        return await this.FormOutcome(await change.RunAsync(model.ToChange(fy), cancellationToken), $"{RateWords.Of(key)} for {fy} saved",
            () => BackToYear(fy), () => Task.FromResult<IActionResult>(View(model)));
    }

    [HttpGet("{year}/policy")]
    public async Task<IActionResult> EditPolicy(string year, CancellationToken cancellationToken) =>
        FinancialYear.TryParse(year, out var fy) && await pages.FindAsync(fy, cancellationToken) is { } detail
            ? View(PolicyEditViewModel.For(detail.Year))
            : NotFound();

    [HttpPost("{year}/policy")]
    public async Task<IActionResult> EditPolicy(string year, PolicyEditViewModel model, [FromServices] ChangeChargingPolicy change, CancellationToken cancellationToken)
    {
        if (!FinancialYear.TryParse(year, out var fy))
        {
            return NotFound();
        }

        model.Year = fy.ToString();
        PolicyEditValidator.NameAllowancesNotRead(ModelState);
        (await policyValidator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        return await this.FormOutcome(await change.RunAsync(model.ToChange(fy), cancellationToken), $"The policy for {fy} was saved",
            () => BackToYear(fy), () => Task.FromResult<IActionResult>(View(model)));
    }

    [HttpPost("add")]
    public async Task<IActionResult> Add(string? position, [FromServices] AddChargingYear add, CancellationToken cancellationToken)
    {
        var result = await add.RunAsync(next: position != "previous", cancellationToken);
        return result is { Succeeded: true, Value: { } added }
            ? this.Outcome(result, $"The {added} year was added as a copy of the year next to it. Every rate is unconfirmed until you check it.", BackToYear(added))
            : this.Outcome(result, string.Empty, RedirectToAction(nameof(Index)));
    }

    public static IEnumerable<SelectListItem> StatusChoices() =>
    [
        new GovUkChoiceItem(nameof(RateStatus.Confirmed), "Confirmed", "Read in the source, for example the DHSC circular"),
        new GovUkChoiceItem(nameof(RateStatus.Derived), "Derived", "Worked out from confirmed figures, for example last year's uprated"),
        new GovUkChoiceItem(nameof(RateStatus.Unconfirmed), "Unconfirmed", "Assumed until it can be checked"),
    ];

    /// <summary>
    /// The incomes a council may choose to disregard: not help with housing costs (taken off the housing costs, never
    /// income) nor those the law disregards (shown as fixed).
    /// </summary>
    public static IEnumerable<SelectListItem> IncomeChoices() =>
        ChargingWords.IncomesOffered
            .Where(t => t is not (IncomeType.HousingBenefit or IncomeType.UniversalCreditHousingElement or IncomeType.CouncilTaxReduction))
            .Where(t => !IncomeDisregards.AlwaysDisregarded.Contains(t))
            .Select(t => new SelectListItem(ChargingWords.Income(t), t.ToString()));

    /// <summary>The incomes the law disregards in part, each saying which of the year's rates sets the amount.</summary>
    public static IEnumerable<SelectListItem> PartlyDisregardedChoices() =>
        ChargingWords.IncomesOffered.Where(IncomeDisregards.PartlyDisregardable.Contains).Select(t => new GovUkChoiceItem(
            t.ToString(),
            ChargingWords.Income(t),
            t == IncomeType.PensionCreditSavingsCredit
                ? "Up to the year's savings credit disregard, single or couple (a rate of the year)"
                : "The first part, up to the year's war widow's pension disregard (£10), in total across both"));

    private RedirectToActionResult BackToYear(FinancialYear year) => RedirectToAction(nameof(Year), new { year = year.ToString() });
}

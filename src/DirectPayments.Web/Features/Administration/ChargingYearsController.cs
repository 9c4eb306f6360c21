using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.Administration;

/// <summary>Rates and the council's charging policy, one financial year at a time.</summary>
[Authorize(Policy = Policies.Administration)]
[Route("administration/charging-years")]
public sealed class ChargingYearsController(
    IChargingYearAdministration years,
    IValidator<RateEditViewModel> rateValidator,
    IValidator<PolicyEditViewModel> policyValidator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await years.ListAsync(cancellationToken));

    [HttpGet("{year}")]
    public async Task<IActionResult> Year(string year, CancellationToken cancellationToken) =>
        FinancialYear.TryParse(year, out var fy) && await years.FindAsync(fy, cancellationToken) is { } detail ? View(detail) : NotFound();

    [HttpGet("{year}/rates/{key}")]
    public async Task<IActionResult> EditRate(string year, RateKey key, CancellationToken cancellationToken)
    {
        if (!FinancialYear.TryParse(year, out var fy) || await years.FindAsync(fy, cancellationToken) is not { } detail
            || detail.Year.RateFor(key) is not { } rate)
        {
            return NotFound();
        }

        return View(new RateEditViewModel
        {
            Year = fy.ToString(),
            Key = key,
            Amount = rate.Amount.Pounds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            Status = rate.Status.ToString(),
            Source = rate.Source,
            Version = rate.Version,
        });
    }

    [HttpPost("{year}/rates/{key}")]
    public async Task<IActionResult> EditRate(string year, RateKey key, RateEditViewModel model, CancellationToken cancellationToken)
    {
        if (!FinancialYear.TryParse(year, out var fy))
        {
            return NotFound();
        }

        model.Year = fy.ToString();
        model.Key = key;
        (await rateValidator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        return Outcome(await years.SaveRateAsync(fy, model, cancellationToken), fy, model, $"{RateNames.Of(key)} for {fy} saved");
    }

    [HttpGet("{year}/policy")]
    public async Task<IActionResult> EditPolicy(string year, CancellationToken cancellationToken)
    {
        if (!FinancialYear.TryParse(year, out var fy) || await years.FindAsync(fy, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        var y = detail.Year;
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        return View(new PolicyEditViewModel
        {
            Year = fy.ToString(),
            ChargePercent = y.ChargePercent.ToString("0.##", invariant),
            MinimumWeeklyCharge = y.MinimumWeeklyCharge.Pounds.ToString("0.00", invariant),
            Rounding = y.Rounding.ToString(),
            UpperLimitRule = y.UpperLimitRule.ToString(),
            StandardDisabilityRelatedExpenditure = y.StandardDisabilityRelatedExpenditure.Pounds.ToString("0.00", invariant),
            MigUpliftPercent = y.MigUpliftPercent.ToString("0.##", invariant),
            MigUpliftAmount = y.MigUpliftAmount.Pounds.ToString("0.00", invariant),
            CoupleHousingShare = y.CoupleHousingShare.ToString("0.####", invariant),
            DisregardedIncomeTypes = [.. y.Policy.DisregardedIncomeTypes.Select(t => t.ToString())],
            OneOffContributionPolicy = y.OneOffContributionPolicy.ToString(),
            ChargeCarers = y.ChargeCarers ? "true" : "false",
            SurplusThresholdWeeks = y.SurplusThresholdWeeks.ToString(invariant),
            SurplusThresholdBasis = y.SurplusThresholdBasis.ToString(),
            CaseManagerApprovalLimit = y.CaseManagerApprovalLimit > Money.Zero ? y.CaseManagerApprovalLimit.Pounds.ToString("0.00", invariant) : null,
            LargeSpendAbove = y.LargeSpendAbove?.Pounds.ToString("0.00", invariant),
            ReceiptRequiredAbove = y.ReceiptRequiredAbove?.Pounds.ToString("0.00", invariant),
            Version = y.Version,
        });
    }

    [HttpPost("{year}/policy")]
    public async Task<IActionResult> EditPolicy(string year, PolicyEditViewModel model, CancellationToken cancellationToken)
    {
        if (!FinancialYear.TryParse(year, out var fy))
        {
            return NotFound();
        }

        model.Year = fy.ToString();
        (await policyValidator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        return Outcome(await years.SavePolicyAsync(fy, model, cancellationToken), fy, model, $"The policy for {fy} was saved");
    }

    [HttpPost("add")]
    public async Task<IActionResult> Add(string? position, CancellationToken cancellationToken)
    {
        var (added, problem) = await years.AddYearAsync(position != "previous", cancellationToken);
        if (added is null)
        {
            TempData["Problem"] = problem;
            return RedirectToAction(nameof(Index));
        }

        TempData["Success"] = $"The {added} year was added as a copy of the year next to it. Every rate is unconfirmed until you check it.";
        return RedirectToAction(nameof(Year), new { year = added.ToString() });
    }

    public static IEnumerable<SelectListItem> StatusChoices() =>
    [
        new GovUkChoiceItem(nameof(RateStatus.Confirmed), "Confirmed", "Read in the source, for example the DHSC circular"),
        new GovUkChoiceItem(nameof(RateStatus.Derived), "Derived", "Worked out from confirmed figures, for example last year's uprated"),
        new GovUkChoiceItem(nameof(RateStatus.Unconfirmed), "Unconfirmed", "Assumed until it can be checked"),
    ];

    public static IEnumerable<SelectListItem> IncomeChoices() =>
        Enum.GetValues<IncomeType>().Select(t => new SelectListItem(RateNames.Of(t), t.ToString()));

    private IActionResult Outcome(SaveOutcome outcome, FinancialYear year, object model, string success)
    {
        switch (outcome)
        {
            case SaveOutcome.NotFound:
                return NotFound();
            case SaveOutcome.ChangedBySomeoneElse:
                ModelState.AddModelError(string.Empty, ChargingYearAdministration.ChangedByOthersMessage);
                return View(model);
            default:
                TempData["Success"] = success;
                return RedirectToAction(nameof(Year), new { year = year.ToString() });
        }
    }
}

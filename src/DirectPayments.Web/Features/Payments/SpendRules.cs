using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DirectPayments.Application.Payments.SpendRules;
using DirectPayments.Domain.Accounts;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using DirectPayments.Web.Words;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.Payments;

public sealed class SpendRuleViewModel
{
    [Display(Name = "Name")]
    public string? Name { get; set; }

    [Display(Name = "Priority")]
    public string? Priority { get; set; }

    [Display(Name = "Merchant category code from")]
    public string? MccFrom { get; set; }

    [Display(Name = "Merchant category code to")]
    public string? MccTo { get; set; }

    [Display(Name = "Words in the merchant's name")]
    public string? MerchantContains { get; set; }

    [Display(Name = "Category")]
    public string? Category { get; set; }

    [Display(Name = "Flag")]
    public string? Flag { get; set; }

    public long Version { get; set; }

    public static IEnumerable<SelectListItem> Categories() =>
        [new GovUkChoiceItem(string.Empty, "No category"), .. Enum.GetValues<SpendCategory>().Select(c => new GovUkChoiceItem(c.ToString(), AccountWords.Category(c)))];

    public static IEnumerable<SelectListItem> Flags() =>
        Enum.GetValues<SpendConcern>().Select(f => new GovUkChoiceItem(f.ToString(), f == SpendConcern.None ? "No flag" : AccountWords.Concern(f)));

    public static SpendRuleViewModel For(SpendCategoryRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new SpendRuleViewModel
        {
            Name = rule.Name,
            Priority = rule.Priority.ToString(CultureInfo.InvariantCulture),
            MccFrom = rule.MccFrom?.ToString("0000", CultureInfo.InvariantCulture),
            MccTo = rule.MccTo?.ToString("0000", CultureInfo.InvariantCulture),
            MerchantContains = rule.MerchantContains,
            Category = rule.Category?.ToString(),
            Flag = rule.Flag.ToString(),
            Version = rule.Version,
        };
    }

    /// <summary>The rule as the form says it, once it is valid.</summary>
    public SpendRuleDetails ToDetails() => new(
        Name!,
        int.Parse(Priority!, CultureInfo.InvariantCulture),
        string.IsNullOrWhiteSpace(MccFrom) ? null : int.Parse(MccFrom.Trim(), CultureInfo.InvariantCulture),
        string.IsNullOrWhiteSpace(MccTo) ? null : int.Parse(MccTo.Trim(), CultureInfo.InvariantCulture),
        MerchantContains,
        string.IsNullOrEmpty(Category) ? null : Enum.Parse<SpendCategory>(Category),
        Enum.Parse<SpendConcern>(Flag!));
}

public sealed class SpendRuleValidator : AbstractValidator<SpendRuleViewModel>
{
    public SpendRuleValidator()
    {
        RuleFor(m => m.Name).NotEmpty().WithMessage("Enter a name for the rule").MaximumLength(100).WithMessage("Name must be 100 characters or fewer");
        RuleFor(m => m.Priority).Must(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 999)
            .WithMessage("Priority must be a whole number from 0 to 999");
        RuleFor(m => m.MccFrom).Must(Code).WithMessage("Merchant category code from must be 4 digits, like 6011");
        RuleFor(m => m.MccTo).Must(Code).WithMessage("Merchant category code to must be 4 digits, like 6011");
        RuleFor(m => m.MccTo)
            .Must((m, to) => string.IsNullOrWhiteSpace(to) || !string.IsNullOrWhiteSpace(m.MccFrom))
            .WithMessage("Enter the first merchant category code of the range");
        RuleFor(m => m.MccTo)
            .Must((m, to) => !Code(m.MccFrom) || !Code(to) || string.IsNullOrWhiteSpace(to) || string.IsNullOrWhiteSpace(m.MccFrom) || int.Parse(to, CultureInfo.InvariantCulture) >= int.Parse(m.MccFrom, CultureInfo.InvariantCulture))
            .WithMessage("Merchant category code to must be the same as or after the first code");
        RuleFor(m => m.MerchantContains).MaximumLength(100).WithMessage("Words in the merchant's name must be 100 characters or fewer");
        RuleFor(m => m.MerchantContains)
            .Must((m, words) => !string.IsNullOrWhiteSpace(words) || !string.IsNullOrWhiteSpace(m.MccFrom))
            .WithMessage("Enter a merchant category code or words in the merchant's name");
        RuleFor(m => m.Category).Must(c => string.IsNullOrEmpty(c) || EnumInput.IsDefined<SpendCategory>(c)).WithMessage("Select a category from the list");
        RuleFor(m => m.Flag).Must(EnumInput.IsDefined<SpendConcern>).WithMessage("Select a flag, or no flag");
        RuleFor(m => m.Category)
            .Must((m, c) => !string.IsNullOrEmpty(c) || (m.Flag is { } f && f != nameof(SpendConcern.None)))
            .WithMessage("Select a category or a flag: a rule must do one or the other");
    }

    private static bool Code(string? v) => string.IsNullOrWhiteSpace(v) || (v.Trim().Length == 4 && v.Trim().All(char.IsAsciiDigit));
}

/// <summary>The council's rules for reading card spending: finance staff add and change them; every change is audited.</summary>
[Authorize(Policy = Policies.Payments)]
[Route("payments/spend-rules")]
public sealed class SpendRulesController(SpendRulePages pages, IValidator<SpendRuleViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.ListAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult New() => View("Edit", new SpendRuleViewModel { Priority = "50", Flag = nameof(SpendConcern.None) });

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken cancellationToken) =>
        await pages.FindAsync(id, cancellationToken) is { } rule ? View(SpendRuleViewModel.For(rule)) : NotFound();

    [HttpPost("new")]
    public async Task<IActionResult> New(SpendRuleViewModel model, [FromServices] AddSpendRule add, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View("Edit", model);
        }

        return await this.FormOutcome(await add.RunAsync(model.ToDetails(), cancellationToken), Saved(model), BackToRules, () => Task.FromResult<IActionResult>(View("Edit", model)));
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Edit(Guid id, SpendRuleViewModel model, [FromServices] ChangeSpendRule change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(model);
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await pages.FindAsync(id, cancellationToken) is null ? NotFound() : View(model);
        }

        return await this.FormOutcome(await change.RunAsync(id, model.Version, model.ToDetails(), cancellationToken), Saved(model), BackToRules,
            () => Task.FromResult<IActionResult>(View(model)));
    }

    private static string Saved(SpendRuleViewModel model) => $"Rule \"{model.Name!.Trim()}\" saved. It applies to statements imported from now on";

    private RedirectToActionResult BackToRules() => RedirectToAction(nameof(Index));
}

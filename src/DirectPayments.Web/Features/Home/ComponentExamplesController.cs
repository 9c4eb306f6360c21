using System.ComponentModel.DataAnnotations;
using DirectPayments.Web.Components;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Home;

/// <summary>
/// A page showing every GOV.UK component of Components/ with and without errors, for developers.
/// Only in the Development environment: everywhere else it is "Page not found".
/// </summary>
[Route("/components")]
public sealed class ComponentExamplesController : Controller
{
    private readonly IWebHostEnvironment _environment;

    public ComponentExamplesController(IWebHostEnvironment environment)
    {
        _environment = environment;
    }

    /// <summary>
    /// The empty form; or, with ?check=true, the answers in the query string bound and checked as if they had
    /// been posted, so that a link (or a screenshot) can show the errors:
    /// /components?check=true&amp;WeeklyAmount=abc&amp;StartDate.Day=31&amp;StartDate.Month=2&amp;StartDate.Year=2026
    /// </summary>
    [HttpGet("")]
    public IActionResult Index(ComponentExamplesViewModel model, bool check = false)
    {
        if (!_environment.IsDevelopment())
        {
            return NotFound();
        }

        if (!check)
        {
            ModelState.Clear();
            return View(new ComponentExamplesViewModel());
        }

        ModelState.Remove(nameof(check));
        return View(model);
    }

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    public IActionResult Submit(ComponentExamplesViewModel model)
    {
        if (!_environment.IsDevelopment())
        {
            return NotFound();
        }

        model.Submitted = ModelState.IsValid;
        return View(nameof(Index), model);
    }
}

public sealed class ComponentExamplesViewModel
{
    [Display(Name = "Full name")]
    [Required(ErrorMessage = "Enter your full name")]
    public string? FullName { get; set; }

    [Display(Name = "Weekly amount")]
    [Required(ErrorMessage = "Enter the weekly amount")]
    [Range(typeof(decimal), "0.01", "10000", ErrorMessage = "Weekly amount must be between £0.01 and £10,000")]
    public decimal? WeeklyAmount { get; set; }

    [Display(Name = "Start date")]
    [Required(ErrorMessage = "Enter the date the payments start")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Who manages the payment")]
    [Required(ErrorMessage = "Select who manages the payment")]
    public string? ManagedBy { get; set; }

    [Display(Name = "What the payment is for")]
    [MinLength(1, ErrorMessage = "Select what the payment is for")]
    public List<string> SupportNeeds { get; set; } = [];

    [Display(Name = "Details")]
    [Required(ErrorMessage = "Enter details of the change")]
    [StringLength(500, ErrorMessage = "Details must be 500 characters or fewer")]
    public string? Details { get; set; }

    public bool Submitted { get; set; }

    public static IReadOnlyList<GovUkChoiceItem> ManagedByChoices { get; } =
    [
        new("self", "I manage it myself"),
        new("authorised", "Someone manages it for me", "For example, a family member who is your authorised person"),
        new("managed-account", "A managed account provider"),
        GovUkChoiceItem.Divider(),
        new("unsure", "I do not know"),
    ];

    public static IReadOnlyList<GovUkChoiceItem> SupportNeedChoices { get; } =
    [
        new("personal-assistant", "A personal assistant"),
        new("agency", "A home care agency"),
        new("respite", "Short breaks (respite)", "Time away from caring for the person who cares for you"),
        GovUkChoiceItem.Divider(),
        new("none", "None of these") { Exclusive = true },
    ];
}

using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Components;

/// <summary>
/// A radio or checkbox for <c>&lt;govuk-radios items="…"&gt;</c> and <c>&lt;govuk-checkboxes items="…"&gt;</c>.
/// A plain <see cref="SelectListItem"/> works too; this adds a hint under the item, the "or" divider
/// and the exclusive "None of these" checkbox.
/// </summary>
public sealed class GovUkChoiceItem : SelectListItem
{
    public GovUkChoiceItem()
    {
    }

    public GovUkChoiceItem(string value, string text, string? hint = null)
        : base(text, value)
    {
        Hint = hint;
    }

    /// <summary>Hint text under this item's label.</summary>
    public string? Hint { get; init; }

    /// <summary>For a checkbox such as "None of these": ticking it clears the others (GOV.UK Frontend's JavaScript).</summary>
    public bool Exclusive { get; init; }

    /// <summary>When set, this item is not a choice but a divider with this text, usually "or".</summary>
    public string? DividerText { get; init; }

    /// <summary>An "or" divider before a last, different choice.</summary>
    public static GovUkChoiceItem Divider(string text = "or") => new() { DividerText = text };
}

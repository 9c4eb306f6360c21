using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DirectPayments.Web.Components;

/// <summary>Radios and checkboxes: a fieldset and legend, hint, error, and one input per item.</summary>
public abstract class GovUkChoicesTagHelper : GovUkFieldTagHelper
{
    protected GovUkChoicesTagHelper(IHtmlGenerator generator)
        : base(generator)
    {
    }

    /// <summary>The question; the property's display name when left out.</summary>
    [HtmlAttributeName("legend")]
    public string? Legend { get; set; }

    /// <summary>Legend size: govuk-fieldset__legend--s, --m, --l or --xl.</summary>
    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    /// <summary>The choices: <see cref="SelectListItem"/>s, or <see cref="GovUkChoiceItem"/>s for hints and dividers.</summary>
    [HtmlAttributeName("items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>"radios" or "checkboxes".</summary>
    private protected abstract string Kind { get; }

    private protected abstract string InputType { get; }

    private protected abstract bool IsChecked(GovUkField field, string value, SelectListItem item);

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var field = Field();
        var legendIsPageHeading = TagHelperFlags.Take(output, "legend-is-page-heading");
        var inline = TagHelperFlags.Take(output, "inline");
        var small = TagHelperFlags.Take(output, "small");

        string? describedBy = null;
        var inner = new List<TagBuilder>();
        if (!string.IsNullOrEmpty(Hint))
        {
            var hintId = field.Id + "-hint";
            describedBy = GovUkMarkup.DescribedBy(describedBy, hintId);
            inner.Add(GovUkMarkup.Hint(hintId, Hint));
        }

        if (field.ErrorMessage is { } message)
        {
            var errorId = field.Id + "-error";
            describedBy = GovUkMarkup.DescribedBy(describedBy, errorId);
            inner.Add(GovUkMarkup.ErrorMessage(errorId, message));
        }

        var list = GovUkMarkup.Element("div", GovUkMarkup.Classes(
            "govuk-" + Kind,
            inline ? $"govuk-{Kind}--inline" : null,
            small ? $"govuk-{Kind}--small" : null));
        GovUkMarkup.CopyUnboundAttributes(output, list);
        list.Attributes["data-module"] = "govuk-" + Kind;

        // The first item's id is the field's own id, so that the error summary and the label of a
        // question can link to it; the others are numbered from 2.
        var index = 0;
        foreach (var item in Items)
        {
            if (item is GovUkChoiceItem { DividerText: { } divider })
            {
                list.InnerHtml.AppendHtml(GovUkMarkup.Element("div", $"govuk-{Kind}__divider", divider));
                continue;
            }

            index++;
            var itemId = index == 1 ? field.Id : $"{field.Id}-{index}";
            list.InnerHtml.AppendHtml(Item(field, item, itemId));
        }

        inner.Add(list);

        var fieldset = GovUkMarkup.Fieldset(
            describedBy,
            Legend ?? field.DisplayName,
            LegendClass ?? (legendIsPageHeading ? "govuk-fieldset__legend--l" : null),
            legendIsPageHeading);
        foreach (var element in inner)
        {
            fieldset.InnerHtml.AppendHtml(element);
        }

        var group = GovUkMarkup.FormGroup(field.HasError, FormGroupClass);
        group.InnerHtml.AppendHtml(fieldset);
        GovUkMarkup.Replace(output, group);
    }

    private TagBuilder Item(GovUkField field, SelectListItem item, string itemId)
    {
        var value = item.Value ?? item.Text;
        var hint = (item as GovUkChoiceItem)?.Hint;
        var hintId = itemId + "-item-hint";

        var input = GovUkMarkup.Element("input", $"govuk-{Kind}__input");
        input.TagRenderMode = TagRenderMode.SelfClosing;
        input.Attributes["id"] = itemId;
        input.Attributes["name"] = field.FullName;
        input.Attributes["type"] = InputType;
        input.Attributes["value"] = value;
        if (IsChecked(field, value, item))
        {
            input.Attributes["checked"] = "checked";
        }

        if (item.Disabled)
        {
            input.Attributes["disabled"] = "disabled";
        }

        if (item is GovUkChoiceItem { Exclusive: true })
        {
            input.Attributes["data-behaviour"] = "exclusive";
        }

        if (!string.IsNullOrEmpty(hint))
        {
            input.Attributes["aria-describedby"] = hintId;
        }

        var element = GovUkMarkup.Element("div", $"govuk-{Kind}__item");
        element.InnerHtml.AppendHtml(input);
        element.InnerHtml.AppendHtml(GovUkMarkup.Label(itemId, item.Text, $"govuk-{Kind}__label", isPageHeading: false));
        if (!string.IsNullOrEmpty(hint))
        {
            element.InnerHtml.AppendHtml(GovUkMarkup.Hint(hintId, hint, $"govuk-{Kind}__hint"));
        }

        return element;
    }
}

/// <summary>
/// GOV.UK radios, one answer from a list:
/// <c>&lt;govuk-radios asp-for="PaymentFrequency" legend="How often?" items="Model.Frequencies" inline legend-is-page-heading /&gt;</c>.
/// The item whose value matches the property's value (or what was posted) is checked.
/// Flags: <c>inline</c> (for two short answers such as Yes and No), <c>small</c>, <c>legend-is-page-heading</c>.
/// </summary>
[HtmlTargetElement("govuk-radios", Attributes = "asp-for")]
public sealed class GovUkRadiosTagHelper : GovUkChoicesTagHelper
{
    public GovUkRadiosTagHelper(IHtmlGenerator generator)
        : base(generator)
    {
    }

    private protected override string Kind => "radios";

    private protected override string InputType => "radio";

    private protected override bool IsChecked(GovUkField field, string value, SelectListItem item) =>
        field.Value() is { } current ? string.Equals(current, value, StringComparison.OrdinalIgnoreCase) : item.Selected;
}

/// <summary>
/// GOV.UK checkboxes, any number of answers, for a <c>string[]</c> or <c>IList&lt;string&gt;</c> (or enum list) property:
/// <c>&lt;govuk-checkboxes asp-for="SupportNeeds" legend="What do you need help with?" hint="Select all that apply." items="Model.Needs" /&gt;</c>.
/// Flags: <c>small</c>, <c>legend-is-page-heading</c>.
/// </summary>
[HtmlTargetElement("govuk-checkboxes", Attributes = "asp-for")]
public sealed class GovUkCheckboxesTagHelper : GovUkChoicesTagHelper
{
    public GovUkCheckboxesTagHelper(IHtmlGenerator generator)
        : base(generator)
    {
    }

    private protected override string Kind => "checkboxes";

    private protected override string InputType => "checkbox";

    private protected override bool IsChecked(GovUkField field, string value, SelectListItem item)
    {
        if (field.Entry?.RawValue is null && field.Explorer.Model is null)
        {
            return item.Selected;
        }

        return field.Values().Contains(value, StringComparer.OrdinalIgnoreCase);
    }
}

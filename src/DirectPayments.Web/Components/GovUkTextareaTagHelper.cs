using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DirectPayments.Web.Components;

/// <summary>
/// GOV.UK textarea: <c>&lt;govuk-textarea asp-for="Reason" label="…" hint="…" rows="5" /&gt;</c>.
/// Flags: <c>label-is-page-heading</c>, <c>disabled</c>. Other attributes (maxlength, data-*, class) go onto the &lt;textarea&gt;.
/// </summary>
[HtmlTargetElement("govuk-textarea", Attributes = "asp-for")]
public sealed class GovUkTextareaTagHelper : GovUkFieldTagHelper
{
    public GovUkTextareaTagHelper(IHtmlGenerator generator)
        : base(generator)
    {
    }

    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    /// <summary>Visible lines; 5 by default.</summary>
    [HtmlAttributeName("rows")]
    public int Rows { get; set; } = 5;

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var field = Field();
        var labelIsPageHeading = TagHelperFlags.Take(output, "label-is-page-heading");
        var disabled = TagHelperFlags.Take(output, "disabled");

        var group = GovUkMarkup.FormGroup(field.HasError, FormGroupClass);
        group.InnerHtml.AppendHtml(GovUkMarkup.Label(
            field.Id,
            Label ?? field.DisplayName,
            LabelClass ?? (labelIsPageHeading ? "govuk-label--l" : null),
            labelIsPageHeading));

        string? describedBy = null;
        if (!string.IsNullOrEmpty(Hint))
        {
            var hintId = field.Id + "-hint";
            describedBy = GovUkMarkup.DescribedBy(describedBy, hintId);
            group.InnerHtml.AppendHtml(GovUkMarkup.Hint(hintId, Hint));
        }

        if (field.ErrorMessage is { } message)
        {
            var errorId = field.Id + "-error";
            describedBy = GovUkMarkup.DescribedBy(describedBy, errorId);
            group.InnerHtml.AppendHtml(GovUkMarkup.ErrorMessage(errorId, message));
        }

        var textarea = GovUkMarkup.Element(
            "textarea",
            GovUkMarkup.Classes("govuk-textarea", field.HasError ? "govuk-textarea--error" : null));
        textarea.Attributes["id"] = field.Id;
        textarea.Attributes["name"] = field.FullName;
        textarea.Attributes["rows"] = Rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Spellcheck is { } spellcheck)
        {
            textarea.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        if (disabled)
        {
            textarea.Attributes["disabled"] = "disabled";
        }

        if (describedBy is not null)
        {
            textarea.Attributes["aria-describedby"] = describedBy;
        }

        if (!string.IsNullOrEmpty(Autocomplete))
        {
            textarea.Attributes["autocomplete"] = Autocomplete;
        }

        GovUkMarkup.CopyUnboundAttributes(output, textarea);

        // A newline straight after <textarea> is dropped by the HTML parser, so a value that starts
        // with one keeps it only if another comes first (as MVC's own TextAreaTagHelper does).
        textarea.InnerHtml.AppendLine();
        textarea.InnerHtml.Append(field.Value() ?? string.Empty);
        group.InnerHtml.AppendHtml(textarea);

        GovUkMarkup.Replace(output, group);
    }
}

using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DirectPayments.Web.Components;

/// <summary>
/// GOV.UK text input:
/// <c>&lt;govuk-input asp-for="WeeklyAmount" label="How much is the weekly payment?" hint="…" prefix="£" width="10" /&gt;</c>.
/// Flags: <c>label-is-page-heading</c> (the label is the page's h1, large by default), <c>disabled</c>.
/// Other attributes (maxlength, pattern, autocapitalize, data-*, class) go onto the &lt;input&gt;.
/// </summary>
[HtmlTargetElement("govuk-input", Attributes = "asp-for")]
public sealed class GovUkInputTagHelper : GovUkFieldTagHelper
{
    private static readonly HashSet<string> FixedWidths = ["2", "3", "4", "5", "10", "20", "30"];
    private static readonly HashSet<string> FluidWidths = ["full", "three-quarters", "two-thirds", "one-half", "one-third", "one-quarter"];

    public GovUkInputTagHelper(IHtmlGenerator generator)
        : base(generator)
    {
    }

    /// <summary>The label; the property's display name when left out.</summary>
    [HtmlAttributeName("label")]
    public string? Label { get; set; }

    /// <summary>Label size: govuk-label--s, --m, --l or --xl.</summary>
    [HtmlAttributeName("label-class")]
    public string? LabelClass { get; set; }

    /// <summary>Text before the input, such as "£" (hidden from screen readers: say it in the label too).</summary>
    [HtmlAttributeName("prefix")]
    public string? Prefix { get; set; }

    /// <summary>Text after the input, such as "per week".</summary>
    [HtmlAttributeName("suffix")]
    public string? Suffix { get; set; }

    /// <summary>Characters wide: 2, 3, 4, 5, 10, 20, 30; or full, three-quarters, two-thirds, one-half, one-third, one-quarter.</summary>
    [HtmlAttributeName("width")]
    public string? Width { get; set; }

    /// <summary>The input type: text (the default), email, tel, password, …. GOV.UK advises text with an inputmode for numbers.</summary>
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    /// <summary>The keyboard on a phone: numeric, decimal, email, tel. Numeric properties get numeric or decimal.</summary>
    [HtmlAttributeName("inputmode")]
    public string? InputMode { get; set; }

    [HtmlAttributeName("autocomplete")]
    public string? Autocomplete { get; set; }

    [HtmlAttributeName("spellcheck")]
    public bool? Spellcheck { get; set; }

    /// <summary>Extra classes for the &lt;input&gt;, such as govuk-input--extra-letter-spacing.</summary>
    [HtmlAttributeName("input-class")]
    public string? InputClass { get; set; }

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

        var input = GovUkMarkup.Element("input", GovUkMarkup.Classes(
            "govuk-input", WidthClass(Width), InputClass, field.HasError ? "govuk-input--error" : null));
        input.TagRenderMode = TagRenderMode.SelfClosing;
        input.Attributes["id"] = field.Id;
        input.Attributes["name"] = field.FullName;
        input.Attributes["type"] = string.IsNullOrEmpty(Type) ? "text" : Type;
        if (Spellcheck is { } spellcheck)
        {
            input.Attributes["spellcheck"] = spellcheck ? "true" : "false";
        }

        if (field.Value() is { Length: > 0 } value)
        {
            input.Attributes["value"] = value;
        }

        if (disabled)
        {
            input.Attributes["disabled"] = "disabled";
        }

        if (describedBy is not null)
        {
            input.Attributes["aria-describedby"] = describedBy;
        }

        if (!string.IsNullOrEmpty(Autocomplete))
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if ((InputMode ?? InputModeFor(For.Metadata.UnderlyingOrModelType)) is { } inputMode)
        {
            input.Attributes["inputmode"] = inputMode;
        }

        GovUkMarkup.CopyUnboundAttributes(output, input);

        if (string.IsNullOrEmpty(Prefix) && string.IsNullOrEmpty(Suffix))
        {
            group.InnerHtml.AppendHtml(input);
        }
        else
        {
            var wrapper = GovUkMarkup.Element("div", "govuk-input__wrapper");
            if (!string.IsNullOrEmpty(Prefix))
            {
                wrapper.InnerHtml.AppendHtml(Affix("prefix", Prefix));
            }

            wrapper.InnerHtml.AppendHtml(input);
            if (!string.IsNullOrEmpty(Suffix))
            {
                wrapper.InnerHtml.AppendHtml(Affix("suffix", Suffix));
            }

            group.InnerHtml.AppendHtml(wrapper);
        }

        GovUkMarkup.Replace(output, group);
    }

    internal static string? WidthClass(string? width)
    {
        if (string.IsNullOrWhiteSpace(width))
        {
            return null;
        }

        width = width.Trim();
        if (FixedWidths.Contains(width))
        {
            return "govuk-input--width-" + width;
        }

        if (FluidWidths.Contains(width))
        {
            return "govuk-!-width-" + width;
        }

        throw new InvalidOperationException(
            $"<govuk-input width=\"{width}\">: use 2, 3, 4, 5, 10, 20, 30, full, three-quarters, two-thirds, one-half, one-third or one-quarter.");
    }

    private static string? InputModeFor(Type type)
    {
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte)
            || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort))
        {
            return "numeric";
        }

        return type == typeof(decimal) || type == typeof(double) || type == typeof(float) ? "decimal" : null;
    }

    private static TagBuilder Affix(string kind, string text)
    {
        var affix = GovUkMarkup.Element("div", "govuk-input__" + kind, text);
        affix.Attributes["aria-hidden"] = "true";
        return affix;
    }
}

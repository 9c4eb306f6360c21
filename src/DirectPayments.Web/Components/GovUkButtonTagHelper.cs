using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DirectPayments.Web.Components;

/// <summary>
/// GOV.UK button: <c>&lt;govuk-button prevent-double-click&gt;Save and continue&lt;/govuk-button&gt;</c>;
/// a link styled as a button when it has an href: <c>&lt;govuk-button href="/apply" start&gt;Start now&lt;/govuk-button&gt;</c>.
/// Flags: <c>secondary</c>, <c>warning</c>, <c>inverse</c>, <c>start</c> (start button with its arrow),
/// <c>prevent-double-click</c>, <c>disabled</c>. Other attributes (id, name, value, formaction, class, data-*) are kept.
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class GovUkButtonTagHelper : TagHelper
{
    /// <summary>submit (the default), button or reset. Not used with href.</summary>
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    /// <summary>Makes it a link (&lt;a role="button"&gt;) to this address.</summary>
    [HtmlAttributeName("href")]
    public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var secondary = TagHelperFlags.Take(output, "secondary");
        var warning = TagHelperFlags.Take(output, "warning");
        var inverse = TagHelperFlags.Take(output, "inverse");
        var start = TagHelperFlags.Take(output, "start");
        var preventDoubleClick = TagHelperFlags.Take(output, "prevent-double-click");
        var disabled = TagHelperFlags.Take(output, "disabled");

        var classes = GovUkMarkup.Classes(
            "govuk-button",
            secondary ? "govuk-button--secondary" : null,
            warning ? "govuk-button--warning" : null,
            inverse ? "govuk-button--inverse" : null,
            start ? "govuk-button--start" : null,
            output.Attributes.TryGetAttribute("class", out var extra) ? GovUkMarkup.ValueOf(extra.Value) : null);
        output.Attributes.RemoveAll("class");

        var content = await output.GetChildContentAsync();
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Href is not null)
        {
            output.TagName = "a";
            output.Attributes.SetAttribute("href", Href);
            output.Attributes.SetAttribute("role", "button");
            output.Attributes.SetAttribute("draggable", "false");
        }
        else
        {
            output.TagName = "button";
            output.Attributes.SetAttribute("type", string.IsNullOrEmpty(Type) ? "submit" : Type);
            if (disabled)
            {
                output.Attributes.SetAttribute("disabled", "disabled");
                output.Attributes.SetAttribute("aria-disabled", "true");
            }

            if (preventDoubleClick)
            {
                output.Attributes.SetAttribute("data-prevent-double-click", "true");
            }
        }

        output.Attributes.SetAttribute("class", classes);
        output.Attributes.SetAttribute("data-module", "govuk-button");
        output.Content.SetHtmlContent(content);
        if (start)
        {
            output.Content.AppendHtml(
                " <svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\">"
                + "<path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/></svg>");
        }
    }
}

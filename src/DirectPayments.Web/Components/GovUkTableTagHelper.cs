using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DirectPayments.Web.Components;

/// <summary>
/// GOV.UK table around plain table markup, which gets the GOV.UK classes:
/// <code>
/// &lt;govuk-table caption="Payments this year" caption-class="govuk-table__caption--m"&gt;
///   &lt;thead&gt;&lt;tr&gt;&lt;th&gt;Month&lt;/th&gt;&lt;th numeric&gt;Amount&lt;/th&gt;&lt;/tr&gt;&lt;/thead&gt;
///   &lt;tbody&gt;&lt;tr&gt;&lt;th&gt;January&lt;/th&gt;&lt;td numeric&gt;£85.00&lt;/td&gt;&lt;/tr&gt;&lt;/tbody&gt;
/// &lt;/govuk-table&gt;
/// </code>
/// A th in the head gets scope="col", a th in the body scope="row"; <c>numeric</c> right-aligns a column of numbers
/// with equal-width figures. Flag on govuk-table: <c>scroll</c> wraps it in a box that scrolls sideways on a phone.
/// </summary>
[HtmlTargetElement("govuk-table")]
public sealed class GovUkTableTagHelper : TagHelper
{
    internal const string SectionKey = "GovUkTable.Section";

    [HtmlAttributeName("caption")]
    public string? Caption { get; set; }

    /// <summary>Caption size: govuk-table__caption--s, --m, --l or --xl.</summary>
    [HtmlAttributeName("caption-class")]
    public string? CaptionClass { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        context.Items[SectionKey] = "table";
        var scroll = TagHelperFlags.Take(output, "scroll");
        output.TagName = "table";
        output.TagMode = TagMode.StartTagAndEndTag;
        GovUkTagTagHelper.SetClasses(output, "govuk-table");
        if (!string.IsNullOrEmpty(Caption))
        {
            var caption = GovUkMarkup.Element("caption", GovUkMarkup.Classes("govuk-table__caption", CaptionClass), Caption);
            output.PreContent.AppendHtml(caption);
        }

        if (scroll)
        {
            // A region that scrolls must be reachable by keyboard and named for screen readers (WCAG 2.1.1).
            var label = System.Net.WebUtility.HtmlEncode(string.IsNullOrWhiteSpace(Caption) ? "Table" : Caption);
            output.PreElement.AppendHtml($"<div class=\"app-table-container\" tabindex=\"0\" role=\"region\" aria-label=\"{label}\">");
            output.PostElement.AppendHtml("</div>");
        }
    }
}

/// <summary>The thead and tbody of a <c>&lt;govuk-table&gt;</c>.</summary>
[HtmlTargetElement("thead", ParentTag = "govuk-table")]
[HtmlTargetElement("tbody", ParentTag = "govuk-table")]
public sealed class GovUkTableSectionTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var section = output.TagName == "thead" ? "head" : "body";
        context.Items[GovUkTableTagHelper.SectionKey] = section;
        GovUkTagTagHelper.SetClasses(output, "govuk-table__" + section);
    }
}

/// <summary>The rows and cells of a <c>&lt;govuk-table&gt;</c>; elsewhere they are left alone.</summary>
[HtmlTargetElement("tr")]
[HtmlTargetElement("th")]
[HtmlTargetElement("td")]
public sealed class GovUkTableCellTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        if (!context.Items.TryGetValue(GovUkTableTagHelper.SectionKey, out var value) || value is not string section)
        {
            return;
        }

        switch (output.TagName)
        {
            case "tr":
                GovUkTagTagHelper.SetClasses(output, "govuk-table__row");
                break;
            case "th":
                var numericHeader = TagHelperFlags.Take(output, "numeric");
                GovUkTagTagHelper.SetClasses(output, "govuk-table__header", numericHeader ? "govuk-table__header--numeric" : null);
                if (!output.Attributes.ContainsName("scope"))
                {
                    output.Attributes.SetAttribute("scope", section == "head" ? "col" : "row");
                }

                break;
            case "td":
                var numericCell = TagHelperFlags.Take(output, "numeric");
                GovUkTagTagHelper.SetClasses(output, "govuk-table__cell", numericCell ? "govuk-table__cell--numeric" : null);
                break;
        }
    }
}

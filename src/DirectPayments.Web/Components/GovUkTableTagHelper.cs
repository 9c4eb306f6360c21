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
/// with equal-width figures. Flag on govuk-table: <c>scroll</c> wraps it in a box that scrolls sideways on a tablet.
/// On a phone (and at 400% zoom) every table stacks: each row a block, each cell on a line of its own after its
/// column's heading (given to the cell as <c>data-label</c>), so no page scrolls sideways (WCAG 2.2 1.4.10).
/// </summary>
[HtmlTargetElement("govuk-table")]
public sealed class GovUkTableTagHelper : TagHelper
{
    internal const string SectionKey = "GovUkTable.Section";

    internal const string HeadingsKey = "GovUkTable.Headings";

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
        // Shared with the cells (a nested tag helper's items are a copy of its parent's, holding the same object).
        context.Items[HeadingsKey] = new ColumnHeadings();
        var scroll = TagHelperFlags.Take(output, "scroll");
        output.TagName = "table";
        output.TagMode = TagMode.StartTagAndEndTag;
        GovUkTagTagHelper.SetClasses(output, "govuk-table", "app-table--stack");
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
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        if (!context.Items.TryGetValue(GovUkTableTagHelper.SectionKey, out var value) || value is not string section)
        {
            return;
        }

        var headings = context.Items.TryGetValue(GovUkTableTagHelper.HeadingsKey, out var shared) ? shared as ColumnHeadings : null;
        switch (output.TagName)
        {
            case "tr":
                GovUkTagTagHelper.SetClasses(output, "govuk-table__row");
                headings?.StartRow();
                break;
            case "th":
                var numericHeader = TagHelperFlags.Take(output, "numeric");
                GovUkTagTagHelper.SetClasses(output, "govuk-table__header", numericHeader ? "govuk-table__header--numeric" : null);
                if (!output.Attributes.ContainsName("scope"))
                {
                    output.Attributes.SetAttribute("scope", section == "head" ? "col" : "row");
                }

                if (section == "head")
                {
                    headings?.Add((await output.GetChildContentAsync()).GetContent(), Span(output));
                }
                else
                {
                    Label(output, headings);
                }

                break;
            case "td":
                var numericCell = TagHelperFlags.Take(output, "numeric");
                GovUkTagTagHelper.SetClasses(output, "govuk-table__cell", numericCell ? "govuk-table__cell--numeric" : null);
                Label(output, headings);
                break;
        }
    }

    private static int Span(TagHelperOutput output) =>
        output.Attributes.TryGetAttribute("colspan", out var colspan) && int.TryParse(colspan.Value?.ToString(), out var span) && span > 1 ? span : 1;

    // A body cell carries its column's heading, which a stacked table shows before it.
    private static void Label(TagHelperOutput output, ColumnHeadings? headings)
    {
        if (headings?.Next(Span(output)) is { Length: > 0 } heading && !output.Attributes.ContainsName("data-label"))
        {
            output.Attributes.SetAttribute("data-label", heading);
        }
    }
}

/// <summary>A table's column headings as plain text, and which column the next cell of the current row is in.</summary>
internal sealed partial class ColumnHeadings
{
    private readonly List<string> _columns = [];
    private int _next;

    public void Add(string html, int span)
    {
        // The words a sighted reader sees: tags and visually hidden extras left out.
        var visible = HiddenText().Replace(html, string.Empty);
        var text = System.Net.WebUtility.HtmlDecode(Tags().Replace(visible, string.Empty)).Trim();
        for (var i = 0; i < span; i++)
        {
            _columns.Add(i == 0 ? text : string.Empty);
        }
    }

    public void StartRow() => _next = 0;

    public string? Next(int span)
    {
        var heading = _next < _columns.Count ? _columns[_next] : null;
        _next += span;
        return heading;
    }

    [System.Text.RegularExpressions.GeneratedRegex("<span class=\"govuk-visually-hidden\">.*?</span>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex HiddenText();

    [System.Text.RegularExpressions.GeneratedRegex("<[^>]*>")]
    private static partial System.Text.RegularExpressions.Regex Tags();
}

using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DirectPayments.Web.Components;

/// <summary>
/// GOV.UK summary list, for check-your-answers pages:
/// <code>
/// &lt;govuk-summary-list&gt;
///   &lt;govuk-summary-row key="Name" value="@Model.Name" change-href="/apply/name" visually-hidden-text="name" /&gt;
///   &lt;govuk-summary-row key="Address"&gt;1 High Street&lt;br&gt;Anytown&lt;/govuk-summary-row&gt;
/// &lt;/govuk-summary-list&gt;
/// </code>
/// With <c>card-title</c> it is drawn as a summary card with that title.
/// </summary>
[HtmlTargetElement("govuk-summary-list")]
[RestrictChildren("govuk-summary-row")]
public sealed class GovUkSummaryListTagHelper : TagHelper
{
    /// <summary>When set, the list is shown as a summary card with this title.</summary>
    [HtmlAttributeName("card-title")]
    public string? CardTitle { get; set; }

    /// <summary>The heading level of the card title: 2 by default.</summary>
    [HtmlAttributeName("card-heading-level")]
    public int CardHeadingLevel { get; set; } = 2;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        var rows = new List<SummaryRow>();
        context.Items[typeof(GovUkSummaryListTagHelper)] = rows;
        await output.GetChildContentAsync();

        var anyRowHasActions = rows.Exists(r => r.ChangeHref is not null);
        var list = GovUkMarkup.Element("dl", "govuk-summary-list");
        GovUkMarkup.CopyUnboundAttributes(output, list);
        foreach (var row in rows)
        {
            var element = GovUkMarkup.Element("div", GovUkMarkup.Classes(
                "govuk-summary-list__row",
                anyRowHasActions && row.ChangeHref is null ? "govuk-summary-list__row--no-actions" : null,
                row.Classes));
            element.InnerHtml.AppendHtml(GovUkMarkup.Element("dt", "govuk-summary-list__key", row.Key));
            var value = GovUkMarkup.Element("dd", "govuk-summary-list__value");
            value.InnerHtml.AppendHtml(row.Value);
            element.InnerHtml.AppendHtml(value);
            if (row.ChangeHref is not null)
            {
                var actions = GovUkMarkup.Element("dd", "govuk-summary-list__actions");
                var link = GovUkMarkup.Element("a", "govuk-link", row.ChangeText);
                link.Attributes["href"] = row.ChangeHref;
                var hidden = row.VisuallyHiddenText ?? GovUkText.LowerFirst(row.Key);
                var hiddenText = CardTitle is null ? " " + hidden : $" {hidden} ({CardTitle})";
                link.InnerHtml.AppendHtml(GovUkMarkup.Element("span", GovUkMarkup.VisuallyHidden, hiddenText));
                actions.InnerHtml.AppendHtml(link);
                element.InnerHtml.AppendHtml(actions);
            }

            list.InnerHtml.AppendHtml(element);
        }

        if (CardTitle is null)
        {
            GovUkMarkup.Replace(output, list);
            return;
        }

        var card = GovUkMarkup.Element("div", "govuk-summary-card");
        var titleWrapper = GovUkMarkup.Element("div", "govuk-summary-card__title-wrapper");
        titleWrapper.InnerHtml.AppendHtml(GovUkMarkup.Element(
            "h" + Math.Clamp(CardHeadingLevel, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "govuk-summary-card__title",
            CardTitle));
        card.InnerHtml.AppendHtml(titleWrapper);
        var cardContent = GovUkMarkup.Element("div", "govuk-summary-card__content");
        cardContent.InnerHtml.AppendHtml(list);
        card.InnerHtml.AppendHtml(cardContent);
        GovUkMarkup.Replace(output, card);
    }

    internal sealed record SummaryRow(string Key, IHtmlContent Value, string? ChangeHref, string ChangeText, string? VisuallyHiddenText, string? Classes);
}

/// <summary>
/// A row of <c>&lt;govuk-summary-list&gt;</c>: <c>key</c>, the answer as <c>value</c> or as content, and optionally a
/// change link (<c>change-href</c>, <c>change-text</c> "Change" by default, and <c>visually-hidden-text</c> saying what
/// is changed, the key by default, so that screen readers hear "Change name").
/// </summary>
[HtmlTargetElement("govuk-summary-row", ParentTag = "govuk-summary-list")]
public sealed class GovUkSummaryRowTagHelper : TagHelper
{
    [HtmlAttributeName("key")]
    public string Key { get; set; } = string.Empty;

    [HtmlAttributeName("value")]
    public string? Value { get; set; }

    [HtmlAttributeName("change-href")]
    public string? ChangeHref { get; set; }

    [HtmlAttributeName("change-text")]
    public string ChangeText { get; set; } = "Change";

    [HtmlAttributeName("visually-hidden-text")]
    public string? VisuallyHiddenText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);

        if (!context.Items.TryGetValue(typeof(GovUkSummaryListTagHelper), out var items)
            || items is not List<GovUkSummaryListTagHelper.SummaryRow> rows)
        {
            throw new InvalidOperationException("<govuk-summary-row> must be inside <govuk-summary-list>.");
        }

        IHtmlContent value;
        if (Value is not null)
        {
            value = new HtmlContentBuilder().Append(Value);
        }
        else
        {
            var builder = new HtmlContentBuilder();
            (await output.GetChildContentAsync()).CopyTo(builder);
            value = builder;
        }

        var classes = output.Attributes.TryGetAttribute("class", out var attribute) ? GovUkMarkup.ValueOf(attribute.Value) : null;
        rows.Add(new GovUkSummaryListTagHelper.SummaryRow(
            Key, value, string.IsNullOrEmpty(ChangeHref) ? null : ChangeHref, ChangeText, VisuallyHiddenText, classes));
        output.SuppressOutput();
    }
}

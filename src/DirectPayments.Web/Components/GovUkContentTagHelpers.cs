using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DirectPayments.Web.Components;

/// <summary>
/// GOV.UK tag, for a status: <c>&lt;govuk-tag colour="green"&gt;Approved&lt;/govuk-tag&gt;</c>.
/// Colours: blue (the default), grey, green, turquoise, teal, purple, magenta, pink, red, orange, yellow.
/// </summary>
[HtmlTargetElement("govuk-tag")]
public sealed class GovUkTagTagHelper : TagHelper
{
    private static readonly HashSet<string> Colours =
        ["blue", "grey", "green", "turquoise", "teal", "purple", "magenta", "pink", "red", "orange", "yellow"];

    [HtmlAttributeName("colour")]
    public string? Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var colour = Colour?.Trim().ToLowerInvariant();
        if (colour is not null && !Colours.Contains(colour))
        {
            throw new InvalidOperationException(
                $"<govuk-tag colour=\"{Colour}\">: use one of {string.Join(", ", Colours)}.");
        }

        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        SetClasses(output, "govuk-tag", colour is null or "blue" ? null : "govuk-tag--" + colour);
    }

    internal static void SetClasses(TagHelperOutput output, params string?[] classes)
    {
        var extra = output.Attributes.TryGetAttribute("class", out var attribute) ? GovUkMarkup.ValueOf(attribute.Value) : null;
        output.Attributes.SetAttribute("class", GovUkMarkup.Classes([.. classes, extra]));
    }
}

/// <summary>GOV.UK back link: <c>&lt;govuk-back-link href="/payments" /&gt;</c>; the text is "Back" unless it has content.</summary>
[HtmlTargetElement("govuk-back-link")]
public sealed class GovUkBackLinkTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "#";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("href", Href);
        GovUkTagTagHelper.SetClasses(output, "govuk-back-link");
        if (content.IsEmptyOrWhiteSpace)
        {
            output.Content.SetContent("Back");
        }
    }
}

/// <summary>
/// GOV.UK notification banner: <c>&lt;govuk-notification-banner type="success" heading="Payment details updated"&gt;…&lt;/govuk-notification-banner&gt;</c>.
/// type "important" (the default, a landmark region) or "success" (announced, role="alert");
/// title defaults to "Important" or "Success"; <c>heading</c> is the bold first line; the content follows.
/// Flag: <c>disable-auto-focus</c> (a success banner otherwise takes the focus).
/// </summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class GovUkNotificationBannerTagHelper : TagHelper
{
    [HtmlAttributeName("type")]
    public string? Type { get; set; }

    [HtmlAttributeName("title")]
    public string? Title { get; set; }

    /// <summary>The id of the title, which labels the banner; change it if a page has two banners.</summary>
    [HtmlAttributeName("title-id")]
    public string TitleId { get; set; } = "govuk-notification-banner-title";

    /// <summary>The heading level of the title: 2 by default.</summary>
    [HtmlAttributeName("title-heading-level")]
    public int TitleHeadingLevel { get; set; } = 2;

    [HtmlAttributeName("heading")]
    public string? Heading { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var success = string.Equals(Type, "success", StringComparison.OrdinalIgnoreCase);
        if (!success && Type is not null && !string.Equals(Type, "important", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"<govuk-notification-banner type=\"{Type}\">: use success or important.");
        }

        var disableAutoFocus = TagHelperFlags.Take(output, "disable-auto-focus");
        var content = await output.GetChildContentAsync();

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        GovUkTagTagHelper.SetClasses(output, "govuk-notification-banner", success ? "govuk-notification-banner--success" : null);
        output.Attributes.SetAttribute("role", success ? "alert" : "region");
        output.Attributes.SetAttribute("aria-labelledby", TitleId);
        output.Attributes.SetAttribute("data-module", "govuk-notification-banner");
        if (disableAutoFocus)
        {
            output.Attributes.SetAttribute("data-disable-auto-focus", "true");
        }

        var header = GovUkMarkup.Element("div", "govuk-notification-banner__header");
        var title = GovUkMarkup.Element(
            "h" + Math.Clamp(TitleHeadingLevel, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "govuk-notification-banner__title",
            Title ?? (success ? "Success" : "Important"));
        title.Attributes["id"] = TitleId;
        header.InnerHtml.AppendHtml(title);

        var body = GovUkMarkup.Element("div", "govuk-notification-banner__content");
        if (!string.IsNullOrEmpty(Heading))
        {
            body.InnerHtml.AppendHtml(GovUkMarkup.Element("p", "govuk-notification-banner__heading", Heading));
        }

        body.InnerHtml.AppendHtml(content);

        output.Content.Clear();
        output.Content.AppendHtml(header);
        output.Content.AppendHtml(body);
    }
}

/// <summary>
/// GOV.UK panel, for a confirmation page: <c>&lt;govuk-panel title="Application complete"&gt;Your reference number&lt;br&gt;&lt;strong&gt;HDJ2123F&lt;/strong&gt;&lt;/govuk-panel&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-panel")]
public sealed class GovUkPanelTagHelper : TagHelper
{
    [HtmlAttributeName("title")]
    public string Title { get; set; } = string.Empty;

    /// <summary>The heading level of the title: 1 by default (a confirmation page's heading).</summary>
    [HtmlAttributeName("heading-level")]
    public int HeadingLevel { get; set; } = 1;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        GovUkTagTagHelper.SetClasses(output, "govuk-panel", "govuk-panel--confirmation");

        output.Content.Clear();
        output.Content.AppendHtml(GovUkMarkup.Element(
            "h" + Math.Clamp(HeadingLevel, 1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
            "govuk-panel__title",
            Title));
        if (!content.IsEmptyOrWhiteSpace)
        {
            var body = GovUkMarkup.Element("div", "govuk-panel__body");
            body.InnerHtml.AppendHtml(content);
            output.Content.AppendHtml(body);
        }
    }
}

/// <summary>GOV.UK inset text: <c>&lt;govuk-inset-text&gt;It can take up to 8 weeks …&lt;/govuk-inset-text&gt;</c>.</summary>
[HtmlTargetElement("govuk-inset-text")]
public sealed class GovUkInsetTextTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        GovUkTagTagHelper.SetClasses(output, "govuk-inset-text");
    }
}

/// <summary>
/// GOV.UK warning text: <c>&lt;govuk-warning-text&gt;You can be fined up to £5,000 …&lt;/govuk-warning-text&gt;</c>;
/// screen readers hear "Warning" (or <c>icon-fallback-text</c>) before it.
/// </summary>
[HtmlTargetElement("govuk-warning-text")]
public sealed class GovUkWarningTextTagHelper : TagHelper
{
    [HtmlAttributeName("icon-fallback-text")]
    public string IconFallbackText { get; set; } = "Warning";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        GovUkTagTagHelper.SetClasses(output, "govuk-warning-text");

        var icon = GovUkMarkup.Element("span", "govuk-warning-text__icon", "!");
        icon.Attributes["aria-hidden"] = "true";
        var text = GovUkMarkup.Element("strong", "govuk-warning-text__text");
        text.InnerHtml.AppendHtml(GovUkMarkup.Element("span", GovUkMarkup.VisuallyHidden, IconFallbackText));
        text.InnerHtml.Append(" ");
        text.InnerHtml.AppendHtml(content);

        output.Content.Clear();
        output.Content.AppendHtml(icon);
        output.Content.AppendHtml(text);
    }
}

/// <summary>GOV.UK details: <c>&lt;govuk-details summary="Help with nationality"&gt;…&lt;/govuk-details&gt;</c>. Flag: <c>open</c>.</summary>
[HtmlTargetElement("govuk-details")]
public sealed class GovUkDetailsTagHelper : TagHelper
{
    [HtmlAttributeName("summary")]
    public string Summary { get; set; } = string.Empty;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var open = TagHelperFlags.Take(output, "open");
        var content = await output.GetChildContentAsync();
        output.TagName = "details";
        output.TagMode = TagMode.StartTagAndEndTag;
        GovUkTagTagHelper.SetClasses(output, "govuk-details");
        if (open)
        {
            output.Attributes.SetAttribute(new TagHelperAttribute("open"));
        }

        var summary = GovUkMarkup.Element("summary", "govuk-details__summary");
        summary.InnerHtml.AppendHtml(GovUkMarkup.Element("span", "govuk-details__summary-text", Summary));
        var text = GovUkMarkup.Element("div", "govuk-details__text");
        text.InnerHtml.AppendHtml(content);

        output.Content.Clear();
        output.Content.AppendHtml(summary);
        output.Content.AppendHtml(text);
    }
}

/// <summary>
/// An item of the service navigation in the header, for the layout's Navigation section:
/// <c>&lt;govuk-nav-item href="/payments"&gt;Payments&lt;/govuk-nav-item&gt;</c>. It is marked as the current page when the
/// address is the page's, and as the current section when the page is under it.
/// </summary>
[HtmlTargetElement("govuk-nav-item")]
public sealed class GovUkNavItemTagHelper : TagHelper
{
    [HtmlAttributeName("href")]
    public string Href { get; set; } = "/";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var content = await output.GetChildContentAsync();
        var path = ViewContext.HttpContext.Request.Path.Value ?? "/";
        var current = string.Equals(path.TrimEnd('/'), Href.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
        var active = !current && Href != "/" && path.StartsWith(Href.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase);

        output.TagName = "li";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Attributes.SetAttribute("class", GovUkMarkup.Classes(
            "govuk-service-navigation__item",
            current || active ? "govuk-service-navigation__item--active" : null));

        var link = GovUkMarkup.Element("a", "govuk-service-navigation__link");
        link.Attributes["href"] = Href;
        if (current || active)
        {
            link.Attributes["aria-current"] = current ? "page" : "true";
            var strong = GovUkMarkup.Element("strong", "govuk-service-navigation__active-fallback");
            strong.InnerHtml.AppendHtml(content);
            link.InnerHtml.AppendHtml(strong);
        }
        else
        {
            link.InnerHtml.AppendHtml(content);
        }

        output.Content.SetHtmlContent(link);
    }
}

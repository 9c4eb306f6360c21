using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DirectPayments.Web.Components;

/// <summary>The pieces that GOV.UK Frontend's form components share: form group, label, hint, error message, fieldset.</summary>
internal static class GovUkMarkup
{
    public const string VisuallyHidden = "govuk-visually-hidden";

    public static string Classes(params string?[] classes) =>
        string.Join(' ', classes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()));

    public static TagBuilder Element(string tagName, string? classes = null, string? text = null)
    {
        var element = new TagBuilder(tagName);
        if (!string.IsNullOrWhiteSpace(classes))
        {
            element.Attributes["class"] = classes;
        }

        if (text is not null)
        {
            element.InnerHtml.Append(text);
        }

        return element;
    }

    public static TagBuilder FormGroup(bool hasError, string? extraClasses) =>
        Element("div", Classes("govuk-form-group", hasError ? "govuk-form-group--error" : null, extraClasses));

    /// <summary>A label; as the page's heading, wrapped in an h1 (GOV.UK "label as page heading").</summary>
    public static IHtmlContent Label(string forId, string text, string? classes, bool isPageHeading)
    {
        var label = Element("label", Classes("govuk-label", classes), text);
        label.Attributes["for"] = forId;
        if (!isPageHeading)
        {
            return label;
        }

        var heading = Element("h1", "govuk-label-wrapper");
        heading.InnerHtml.AppendHtml(label);
        return heading;
    }

    public static TagBuilder Hint(string id, string text, string? extraClasses = null)
    {
        var hint = Element("div", Classes("govuk-hint", extraClasses), text);
        hint.Attributes["id"] = id;
        return hint;
    }

    /// <summary>An error message with the visually hidden "Error:" prefix that screen readers announce.</summary>
    public static TagBuilder ErrorMessage(string id, string message)
    {
        var error = Element("p", "govuk-error-message");
        error.Attributes["id"] = id;
        error.InnerHtml.AppendHtml(Element("span", VisuallyHidden, "Error:"));
        error.InnerHtml.Append(" " + message);
        return error;
    }

    /// <summary>A fieldset with its legend; the legend as the page's heading is wrapped in an h1.</summary>
    public static TagBuilder Fieldset(string? describedBy, string legend, string? legendClasses, bool legendIsPageHeading, string? role = null)
    {
        var fieldset = Element("fieldset", "govuk-fieldset");
        if (role is not null)
        {
            fieldset.Attributes["role"] = role;
        }

        if (!string.IsNullOrEmpty(describedBy))
        {
            fieldset.Attributes["aria-describedby"] = describedBy;
        }

        var legendElement = Element("legend", Classes("govuk-fieldset__legend", legendClasses));
        if (legendIsPageHeading)
        {
            legendElement.InnerHtml.AppendHtml(Element("h1", "govuk-fieldset__heading", legend));
        }
        else
        {
            legendElement.InnerHtml.Append(legend);
        }

        fieldset.InnerHtml.AppendHtml(legendElement);
        return fieldset;
    }

    /// <summary>Adds an id to a space-separated aria-describedby list.</summary>
    public static string? DescribedBy(string? describedBy, string id) =>
        string.IsNullOrEmpty(describedBy) ? id : describedBy + " " + id;

    /// <summary>Replaces the tag helper's own element with the given markup.</summary>
    public static void Replace(TagHelperOutput output, IHtmlContent content)
    {
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(content);
    }

    /// <summary>
    /// Copies the attributes written on the tag helper that it does not know (maxlength, data-*, …) onto the
    /// element that should carry them, adding to its classes rather than replacing them.
    /// </summary>
    public static void CopyUnboundAttributes(TagHelperOutput output, TagBuilder target)
    {
        foreach (var attribute in output.Attributes)
        {
            var value = attribute.ValueStyle == HtmlAttributeValueStyle.Minimized ? attribute.Name : ValueOf(attribute.Value);
            if (string.Equals(attribute.Name, "class", StringComparison.OrdinalIgnoreCase))
            {
                target.Attributes["class"] = Classes(target.Attributes.TryGetValue("class", out var existing) ? existing : null, value);
            }
            else
            {
                target.Attributes[attribute.Name] = value;
            }
        }
    }

    public static string? ValueOf(object? value) => value switch
    {
        null => null,
        // Razor hands over literal attribute values as written in the page (already HTML-encoded);
        // TagBuilder encodes attribute values itself, so decode them first.
        HtmlString html => System.Net.WebUtility.HtmlDecode(html.Value),
        IHtmlContent content => System.Net.WebUtility.HtmlDecode(Render(content)),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Render(IHtmlContent content)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return writer.ToString();
    }
}

/// <summary>
/// Yes/no switches written as plain attributes, so that both <c>&lt;govuk-button secondary&gt;</c> and
/// <c>secondary="true"</c> (or <c>secondary="@isSecondary"</c>) work; "false" turns one off.
/// (Bound bool properties of a tag helper cannot be written without a value.)
/// </summary>
internal static class TagHelperFlags
{
    public static bool Take(TagHelperOutput output, string name)
    {
        if (!output.Attributes.TryGetAttribute(name, out var attribute))
        {
            return false;
        }

        output.Attributes.Remove(attribute);
        if (attribute.ValueStyle == HtmlAttributeValueStyle.Minimized)
        {
            return true;
        }

        return attribute.Value switch
        {
            null => true,
            bool flag => flag,
            _ => !string.Equals(GovUkMarkup.ValueOf(attribute.Value)?.Trim(), "false", StringComparison.OrdinalIgnoreCase),
        };
    }
}

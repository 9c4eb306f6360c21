using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DirectPayments.Web.Components;

/// <summary>
/// GOV.UK error summary, at the top of the main content: <c>&lt;govuk-error-summary /&gt;</c>.
/// Renders nothing unless ModelState has errors. Lists the first error of each field, in the order of the
/// view model's properties, each linking to its field: the input, the first radio or checkbox (their id is the
/// field's id), or the first date box in error ("StartDate-day"). Errors not tied to a field are listed without a link.
/// GOV.UK Frontend's JavaScript moves the focus to it when the page loads.
/// </summary>
[HtmlTargetElement("govuk-error-summary")]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
{
    private readonly IHtmlGenerator _generator;

    public GovUkErrorSummaryTagHelper(IHtmlGenerator generator)
    {
        _generator = generator;
    }

    [HtmlAttributeName("title")]
    public string Title { get; set; } = "There is a problem";

    /// <summary>Optional text above the list of errors.</summary>
    [HtmlAttributeName("description")]
    public string? Description { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var disableAutoFocus = TagHelperFlags.Take(output, "disable-auto-focus");
        var errors = Errors();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var summary = GovUkMarkup.Element("div", "govuk-error-summary");
        GovUkMarkup.CopyUnboundAttributes(output, summary);
        if (disableAutoFocus)
        {
            summary.Attributes["data-disable-auto-focus"] = "true";
        }

        summary.Attributes["data-module"] = "govuk-error-summary";

        // role="alert" sits on a child so that screen readers announce it after the script moves the focus.
        var alert = GovUkMarkup.Element("div");
        alert.Attributes["role"] = "alert";
        alert.InnerHtml.AppendHtml(GovUkMarkup.Element("h2", "govuk-error-summary__title", Title));

        var body = GovUkMarkup.Element("div", "govuk-error-summary__body");
        if (!string.IsNullOrEmpty(Description))
        {
            body.InnerHtml.AppendHtml(GovUkMarkup.Element("p", text: Description));
        }

        var list = GovUkMarkup.Element("ul", "govuk-list govuk-error-summary__list");
        foreach (var (message, href) in errors)
        {
            var item = GovUkMarkup.Element("li");
            if (href is null)
            {
                item.InnerHtml.Append(message);
            }
            else
            {
                var link = GovUkMarkup.Element("a", text: message);
                link.Attributes["href"] = href;
                item.InnerHtml.AppendHtml(link);
            }

            list.InnerHtml.AppendHtml(item);
        }

        body.InnerHtml.AppendHtml(list);
        alert.InnerHtml.AppendHtml(body);
        summary.InnerHtml.AppendHtml(alert);
        GovUkMarkup.Replace(output, summary);
    }

    /// <summary>The errors to list, as (message, href) in page order; href is null for an error about the whole form.</summary>
    internal List<(string Message, string? Href)> Errors()
    {
        var modelState = ViewContext.ViewData.ModelState;
        if (modelState.ErrorCount == 0)
        {
            return [];
        }

        var rootMetadata = ViewContext.ViewData.ModelMetadata;
        var found = new List<(int[] Order, int Seen, string Message, string? Href)>();
        var seen = 0;
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            var (metadata, order) = Find(rootMetadata, key);
            var message = GovUkField.MessageOf(entry.Errors[0], metadata is null ? GovUkText.Humanise(key) : GovUkField.DisplayNameOf(metadata, key));
            found.Add((order, seen++, message, HrefFor(key, metadata)));
        }

        return found
            .OrderBy(e => e.Order, OrderComparer.Instance)
            .ThenBy(e => e.Seen)
            .Select(e => (e.Message, e.Href))
            .ToList();
    }

    private string? HrefFor(string key, ModelMetadata? metadata)
    {
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        // One of a set of checkboxes ("Difficulties[0]", a choice that is not offered): the set, whose first box has its id.
        if (key.EndsWith(']') && key.LastIndexOf('[') is var open and > 0 && key[(open + 1)..^1].All(char.IsAsciiDigit)
            && (metadata is null || metadata.UnderlyingOrModelType == typeof(string) || metadata.UnderlyingOrModelType.IsEnum))
        {
            return "#" + GovUkField.IdFor(key[..open], _generator.IdAttributeDotReplacement);
        }

        var id = GovUkField.IdFor(key, _generator.IdAttributeDotReplacement);
        // A date is known by its type, or, on a page whose form is one of several (a review's outcome), by the boxes
        // its day, month and year were typed in.
        var modelState = ViewContext.ViewData.ModelState;
        if ((metadata is not null && IsDate(metadata.UnderlyingOrModelType))
            || (metadata is null && modelState.ContainsKey(DateOnlyInputModelBinder.PartName(key, DateInputPart.Day))))
        {
            var part = DateInputParts.FirstOf(GovUkDateInputTagHelper.InvalidParts(ViewContext.ViewData.ModelState, key));
            return "#" + GovUkDateInputTagHelper.PartId(id, part);
        }

        return "#" + id;
    }

    private static bool IsDate(Type type) => type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset);

    /// <summary>
    /// The metadata of the property a ModelState key names ("Applicant.Address.Postcode", "Items[2].Amount"),
    /// and its position on the page as the property indexes along the way. Keys that name no property
    /// come last, keeping the order they were added in; the form-level error ("") comes first.
    /// </summary>
    private static (ModelMetadata? Metadata, int[] Order) Find(ModelMetadata root, string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return (null, [-1]);
        }

        var metadata = root;
        var order = new List<int>();
        foreach (var segment in key.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket >= 0 ? segment[..bracket] : segment;
            if (name.Length > 0)
            {
                var index = IndexOf(metadata.Properties, name);
                if (index < 0)
                {
                    return (null, [int.MaxValue]);
                }

                order.Add(index);
                metadata = metadata.Properties[index];
            }

            if (bracket >= 0)
            {
                if (metadata.ElementMetadata is null)
                {
                    return (null, [int.MaxValue]);
                }

                var close = segment.IndexOf(']', bracket);
                order.Add(int.TryParse(segment.AsSpan(bracket + 1, Math.Max(0, close - bracket - 1)), out var position) ? position : 0);
                metadata = metadata.ElementMetadata;
            }
        }

        return (metadata, order.ToArray());
    }

    private static int IndexOf(ModelPropertyCollection properties, string name)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (string.Equals(properties[i].PropertyName, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class OrderComparer : IComparer<int[]>
    {
        public static readonly OrderComparer Instance = new();

        public int Compare(int[]? x, int[]? y)
        {
            x ??= [];
            y ??= [];
            for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                var c = x[i].CompareTo(y[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.Length.CompareTo(y.Length);
        }
    }
}

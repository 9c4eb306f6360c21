using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DirectPayments.Web.IntegrationTests.Support;

public static class FormAnswers
{
    /// <summary>Every answer of the page's main form as it stands (the choices made, the boxes filled), with the given ones changed.</summary>
    public static List<KeyValuePair<string, string>> AsTheyStand(IDocument page, params (string Name, string Value)[] changed)
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector<IHtmlFormElement>("main form")!;
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input:not([type=hidden])")
            .Where(i => (i.Type is not ("radio" or "checkbox") || i.IsChecked) && !changed.Any(c => c.Name == i.Name))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .ToList();
        fields.AddRange(changed.Select(c => new KeyValuePair<string, string>(c.Name, c.Value)));
        return fields;
    }
}

using System.Collections;
using System.Globalization;
using DirectPayments.Domain.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace DirectPayments.Web.Components;

/// <summary>
/// What a form tag helper needs to know about the model property it is bound to with asp-for:
/// its name and id (the same ones MVC's own tag helpers would give it), its display name, its first
/// error, and the value to show — what the person typed when the form came back with errors,
/// otherwise the model's value.
/// </summary>
internal sealed class GovUkField
{
    private GovUkField(ViewContext viewContext, string fullName, string id, string displayName, ModelExplorer explorer)
    {
        ViewContext = viewContext;
        FullName = fullName;
        Id = id;
        DisplayName = displayName;
        Explorer = explorer;
        viewContext.ViewData.ModelState.TryGetValue(fullName, out var entry);
        Entry = entry;
        ErrorMessage = entry is { Errors.Count: > 0 } ? MessageOf(entry.Errors[0], displayName) : null;
    }

    public ViewContext ViewContext { get; }

    /// <summary>The name posted back, with any HtmlFieldPrefix: "Applicant.StartDate".</summary>
    public string FullName { get; }

    /// <summary>The element id: the name with '.' and '[', ']' replaced ("Applicant_StartDate").</summary>
    public string Id { get; }

    /// <summary>[Display(Name)], or the property name in words.</summary>
    public string DisplayName { get; }

    public ModelExplorer Explorer { get; }

    public ModelStateEntry? Entry { get; }

    /// <summary>The first error for this field, shown beside it (GOV.UK shows one error per field).</summary>
    public string? ErrorMessage { get; }

    public bool HasError => ErrorMessage is not null;

    public static GovUkField For(ModelExpression aspFor, ViewContext viewContext, IHtmlGenerator generator)
    {
        ArgumentNullException.ThrowIfNull(aspFor);
        ArgumentNullException.ThrowIfNull(viewContext);
        ArgumentNullException.ThrowIfNull(generator);

        var fullName = viewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(aspFor.Name);
        var id = IdFor(fullName, generator.IdAttributeDotReplacement);
        return new GovUkField(viewContext, fullName, id, DisplayNameOf(aspFor.Metadata, aspFor.Name), aspFor.ModelExplorer);
    }

    /// <summary>The id MVC gives an element of this name (TagBuilder.CreateSanitizedId).</summary>
    public static string IdFor(string fullName, string dotReplacement) =>
        TagBuilder.CreateSanitizedId(fullName, dotReplacement);

    public static string DisplayNameOf(ModelMetadata metadata, string fallback) =>
        metadata.DisplayName ?? GovUkText.Humanise(metadata.PropertyName ?? fallback);

    /// <summary>The value for a single-valued control (input, textarea, radios).</summary>
    public string? Value()
    {
        if (Entry?.RawValue is not null)
        {
            return Entry.AttemptedValue;
        }

        return Format(Explorer.Model, Explorer.Metadata);
    }

    /// <summary>The values for a multi-valued control (checkboxes).</summary>
    public IReadOnlyCollection<string> Values()
    {
        switch (Entry?.RawValue)
        {
            case string single:
                return [single];
            case string[] many:
                return many;
            case null:
                break;
            default:
                return [Entry.AttemptedValue ?? string.Empty];
        }

        return Explorer.Model switch
        {
            null => [],
            string single => [single],
            IEnumerable many => many.Cast<object?>().Select(v => Format(v, Explorer.Metadata.ElementMetadata ?? Explorer.Metadata) ?? string.Empty).ToArray(),
            var other => [Format(other, Explorer.Metadata) ?? string.Empty],
        };
    }

    /// <summary>What was typed in another key's box (a date part), if the form came back.</summary>
    public string? AttemptedValueOf(string fullName) =>
        ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) ? entry.AttemptedValue : null;

    public bool HasAttemptedValueFor(string fullName) =>
        ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) && entry.RawValue is not null;

    internal static string MessageOf(ModelError error, string displayName) =>
        !string.IsNullOrEmpty(error.ErrorMessage)
            ? error.ErrorMessage
            : $"Enter {GovUkText.LowerFirst(displayName)} in the correct format";

    private static string? Format(object? value, ModelMetadata metadata) => value switch
    {
        null => null,
        string text => text,
        bool flag => flag ? "true" : "false",

        // An amount goes back into its box as it would be typed, after the box's "£": "1234.50".
        Money money => money.Pounds.ToString("0.00", CultureInfo.InvariantCulture),
        IFormattable formattable when metadata.EditFormatString is { } format =>
            string.Format(CultureInfo.CurrentCulture, format, formattable),
        IFormattable formattable => formattable.ToString(null, CultureInfo.CurrentCulture),
        _ => value.ToString(),
    };
}

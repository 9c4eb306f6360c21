using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DirectPayments.Web.Components;

/// <summary>
/// GOV.UK date input for a <see cref="DateOnly"/> or <see cref="Nullable{DateOnly}"/> property:
/// <c>&lt;govuk-date-input asp-for="StartDate" legend="When did the payments start?" hint="For example, 27 3 2026" legend-is-page-heading /&gt;</c>.
/// Three boxes named <c>StartDate.Day</c>, <c>StartDate.Month</c>, <c>StartDate.Year</c> (bound back by
/// <see cref="DateOnlyInputModelBinder"/>) with ids <c>StartDate-day</c>, <c>StartDate-month</c>, <c>StartDate-year</c>;
/// the error summary links to the first box in error. Flags: <c>legend-is-page-heading</c>,
/// <c>date-of-birth</c> (lets browsers fill in the person's birthday).
/// </summary>
[HtmlTargetElement("govuk-date-input", Attributes = "asp-for")]
public sealed class GovUkDateInputTagHelper : GovUkFieldTagHelper
{
    private static readonly DateInputPart[] Parts = [DateInputPart.Day, DateInputPart.Month, DateInputPart.Year];

    public GovUkDateInputTagHelper(IHtmlGenerator generator)
        : base(generator)
    {
    }

    /// <summary>The question; the property's display name when left out.</summary>
    [HtmlAttributeName("legend")]
    public string? Legend { get; set; }

    /// <summary>Legend size: govuk-fieldset__legend--s, --m, --l or --xl.</summary>
    [HtmlAttributeName("legend-class")]
    public string? LegendClass { get; set; }

    /// <summary>The id of a box: "StartDate-day".</summary>
    public static string PartId(string fieldId, DateInputPart part) =>
        fieldId + "-" + DateInputParts.NameOf(part).ToLowerInvariant();

    /// <summary>
    /// The boxes to highlight when the field has an error: the empty ones when some are empty, the year when
    /// it is not 4 numbers, otherwise all three (not a real date, or an error from a validator).
    /// </summary>
    public static DateInputPart InvalidParts(ModelStateDictionary modelState, string fullName)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        string? Typed(DateInputPart part) =>
            modelState.TryGetValue(DateOnlyInputModelBinder.PartName(fullName, part), out var entry) ? entry.AttemptedValue : null;

        var read = DateInputParts.Read(Typed(DateInputPart.Day), Typed(DateInputPart.Month), Typed(DateInputPart.Year));
        return read.Problem is DateInputProblem.Incomplete or DateInputProblem.YearNotFourDigits ? read.InvalidParts : DateInputPart.All;
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);

        var field = Field();
        var legendIsPageHeading = TagHelperFlags.Take(output, "legend-is-page-heading");
        var dateOfBirth = TagHelperFlags.Take(output, "date-of-birth");
        var invalidParts = field.HasError ? InvalidParts(ViewContext.ViewData.ModelState, field.FullName) : DateInputPart.None;

        string? describedBy = null;
        var inner = new List<TagBuilder>();
        if (!string.IsNullOrEmpty(Hint))
        {
            var hintId = field.Id + "-hint";
            describedBy = GovUkMarkup.DescribedBy(describedBy, hintId);
            inner.Add(GovUkMarkup.Hint(hintId, Hint));
        }

        if (field.ErrorMessage is { } message)
        {
            var errorId = field.Id + "-error";
            describedBy = GovUkMarkup.DescribedBy(describedBy, errorId);
            inner.Add(GovUkMarkup.ErrorMessage(errorId, message));
        }

        var dateInput = GovUkMarkup.Element("div", "govuk-date-input");
        GovUkMarkup.CopyUnboundAttributes(output, dateInput);
        dateInput.Attributes["id"] = field.Id;
        var model = ModelParts(field.Explorer.Model);
        for (var i = 0; i < Parts.Length; i++)
        {
            var part = Parts[i];
            var name = DateOnlyInputModelBinder.PartName(field.FullName, part);
            var value = field.HasAttemptedValueFor(name) ? field.AttemptedValueOf(name) : model?[i];
            dateInput.InnerHtml.AppendHtml(Item(field.Id, name, part, value, invalidParts.HasFlag(part), dateOfBirth));
        }

        inner.Add(dateInput);

        var fieldset = GovUkMarkup.Fieldset(
            describedBy,
            Legend ?? field.DisplayName,
            LegendClass ?? (legendIsPageHeading ? "govuk-fieldset__legend--l" : null),
            legendIsPageHeading,
            role: "group");
        foreach (var element in inner)
        {
            fieldset.InnerHtml.AppendHtml(element);
        }

        var group = GovUkMarkup.FormGroup(field.HasError, FormGroupClass);
        group.InnerHtml.AppendHtml(fieldset);
        GovUkMarkup.Replace(output, group);
    }

    private static string[]? ModelParts(object? model) => model switch
    {
        DateOnly date => Split(date.Day, date.Month, date.Year),
        DateTime dateTime => Split(dateTime.Day, dateTime.Month, dateTime.Year),
        DateTimeOffset offset => Split(offset.Day, offset.Month, offset.Year),
        _ => null,
    };

    private static string[] Split(int day, int month, int year) =>
    [
        day.ToString(CultureInfo.InvariantCulture),
        month.ToString(CultureInfo.InvariantCulture),
        year.ToString(CultureInfo.InvariantCulture),
    ];

    private static TagBuilder Item(string fieldId, string name, DateInputPart part, string? value, bool hasError, bool dateOfBirth)
    {
        var id = PartId(fieldId, part);
        var label = DateInputParts.NameOf(part);

        var input = GovUkMarkup.Element("input", GovUkMarkup.Classes(
            "govuk-input",
            "govuk-date-input__input",
            part == DateInputPart.Year ? "govuk-input--width-4" : "govuk-input--width-2",
            hasError ? "govuk-input--error" : null));
        input.TagRenderMode = TagRenderMode.SelfClosing;
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["type"] = "text";
        if (!string.IsNullOrEmpty(value))
        {
            input.Attributes["value"] = value;
        }

        input.Attributes["inputmode"] = "numeric";
        if (dateOfBirth)
        {
            input.Attributes["autocomplete"] = "bday-" + label.ToLowerInvariant();
        }

        var group = GovUkMarkup.FormGroup(hasError: false, extraClasses: null);
        group.InnerHtml.AppendHtml(GovUkMarkup.Label(id, label, "govuk-date-input__label", isPageHeading: false));
        group.InnerHtml.AppendHtml(input);

        var item = GovUkMarkup.Element("div", "govuk-date-input__item");
        item.InnerHtml.AppendHtml(group);
        return item;
    }
}

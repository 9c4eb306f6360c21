using DirectPayments.Web.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static DirectPayments.Web.Tests.Components.TagHelperHarness;

namespace DirectPayments.Web.Tests.Components;

public sealed class GovUkDateInputTagHelperTests
{
    private static GovUkDateInputTagHelper DateInput(PaymentForm model, ModelStateDictionary? modelState = null)
    {
        var viewContext = ViewContext(model, modelState);
        return new GovUkDateInputTagHelper(Generator)
        {
            ViewContext = viewContext,
            For = For(viewContext, (PaymentForm m) => m.StartDate),
            Legend = "When do the payments start?",
            Hint = "For example, 27 3 2026",
        };
    }

    private static ModelStateDictionary Typed(string day, string month, string year, string error)
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("StartDate.Day", day, day);
        modelState.SetModelValue("StartDate.Month", month, month);
        modelState.SetModelValue("StartDate.Year", year, year);
        modelState.AddModelError("StartDate", error);
        return modelState;
    }

    [Fact]
    public async Task Renders_three_boxes_named_for_the_binder_in_a_fieldset_with_the_models_date()
    {
        var html = await RenderAsync(DateInput(new PaymentForm { StartDate = new DateOnly(2026, 3, 7) }), "govuk-date-input");

        Assert.Contains(
            "<fieldset aria-describedby=\"StartDate-hint\" class=\"govuk-fieldset\" role=\"group\"><legend class=\"govuk-fieldset__legend\">When do the payments start?</legend>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-date-input\" id=\"StartDate\">", html, StringComparison.Ordinal);
        var day = ElementWithId(html, "StartDate-day");
        Assert.Contains("name=\"StartDate.Day\"", day, StringComparison.Ordinal);
        Assert.Contains("value=\"7\"", day, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-input govuk-date-input__input govuk-input--width-2\"", day, StringComparison.Ordinal);
        Assert.Contains("inputmode=\"numeric\"", day, StringComparison.Ordinal);
        Assert.Contains("value=\"3\"", ElementWithId(html, "StartDate-month"), StringComparison.Ordinal);
        var year = ElementWithId(html, "StartDate-year");
        Assert.Contains("name=\"StartDate.Year\"", year, StringComparison.Ordinal);
        Assert.Contains("value=\"2026\"", year, StringComparison.Ordinal);
        Assert.Contains("govuk-input--width-4", year, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label govuk-date-input__label\" for=\"StartDate-month\">Month</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_an_incomplete_date_it_keeps_what_was_typed_and_highlights_only_the_missing_box()
    {
        var html = await RenderAsync(DateInput(new PaymentForm(), Typed("12", "", "2026", "Start date must include a month")), "govuk-date-input");

        Assert.StartsWith("<div class=\"govuk-form-group govuk-form-group--error\">", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"StartDate-hint StartDate-error\"", html, StringComparison.Ordinal);
        Assert.Contains(
            "<p class=\"govuk-error-message\" id=\"StartDate-error\"><span class=\"govuk-visually-hidden\">Error:</span> Start date must include a month</p>",
            html,
            StringComparison.Ordinal);
        var day = ElementWithId(html, "StartDate-day");
        Assert.Contains("value=\"12\"", day, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-input--error", day, StringComparison.Ordinal);
        Assert.Contains("govuk-input--error", ElementWithId(html, "StartDate-month"), StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-input--error", ElementWithId(html, "StartDate-year"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_date_that_does_not_exist_it_highlights_all_three_boxes()
    {
        var html = await RenderAsync(DateInput(new PaymentForm(), Typed("31", "2", "2026", "Start date must be a real date")), "govuk-date-input");

        foreach (var id in new[] { "StartDate-day", "StartDate-month", "StartDate-year" })
        {
            Assert.Contains("govuk-input--error", ElementWithId(html, id), StringComparison.Ordinal);
        }

        Assert.Contains("value=\"31\"", ElementWithId(html, "StartDate-day"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Legend_as_page_heading_and_date_of_birth_autocomplete()
    {
        var html = await RenderAsync(DateInput(new PaymentForm()), "govuk-date-input", Flags("legend-is-page-heading", "date-of-birth"));

        Assert.Contains(
            "<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\"><h1 class=\"govuk-fieldset__heading\">When do the payments start?</h1></legend>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"bday-day\"", ElementWithId(html, "StartDate-day"), StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"bday-year\"", ElementWithId(html, "StartDate-year"), StringComparison.Ordinal);
    }
}

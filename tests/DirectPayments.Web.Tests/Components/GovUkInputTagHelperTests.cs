using System.Globalization;
using DirectPayments.Web.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static DirectPayments.Web.Tests.Components.TagHelperHarness;

namespace DirectPayments.Web.Tests.Components;

public sealed class GovUkInputTagHelperTests
{
    private static GovUkInputTagHelper Input<TValue>(PaymentForm model, System.Linq.Expressions.Expression<Func<PaymentForm, TValue>> property, ModelStateDictionary? modelState = null, string? prefix = null)
    {
        var viewContext = ViewContext(model, modelState, prefix);
        return new GovUkInputTagHelper(Generator) { ViewContext = viewContext, For = For(viewContext, property) };
    }

    [Fact]
    public async Task Renders_a_labelled_text_input_with_the_models_name_id_and_value()
    {
        var html = await RenderAsync(Input(new PaymentForm { FullName = "Sam Jones" }, m => m.FullName), "govuk-input");

        Assert.StartsWith("<div class=\"govuk-form-group\">", html, StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label\" for=\"FullName\">Full name</label>", html, StringComparison.Ordinal);
        var input = ElementWithId(html, "FullName");
        Assert.Contains("name=\"FullName\"", input, StringComparison.Ordinal);
        Assert.Contains("type=\"text\"", input, StringComparison.Ordinal);
        Assert.Contains("value=\"Sam Jones\"", input, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-input\"", input, StringComparison.Ordinal);
        Assert.DoesNotContain("aria-describedby", input, StringComparison.Ordinal);
        Assert.DoesNotContain("govuk-error-message", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_the_first_error_keeps_what_was_typed_and_describes_the_input_by_hint_and_error()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("WeeklyAmount", "abc", "abc");
        modelState.AddModelError("WeeklyAmount", "Weekly amount must be a number");
        modelState.AddModelError("WeeklyAmount", "A second error is not shown");
        var helper = Input(new PaymentForm(), m => m.WeeklyAmount, modelState);
        helper.Hint = "In pounds and pence";

        var html = await RenderAsync(helper, "govuk-input");

        Assert.StartsWith("<div class=\"govuk-form-group govuk-form-group--error\">", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-hint\" id=\"WeeklyAmount-hint\">In pounds and pence</div>", html, StringComparison.Ordinal);
        Assert.Contains(
            "<p class=\"govuk-error-message\" id=\"WeeklyAmount-error\"><span class=\"govuk-visually-hidden\">Error:</span> Weekly amount must be a number</p>",
            html,
            StringComparison.Ordinal);
        Assert.DoesNotContain("second error", html, StringComparison.Ordinal);
        var input = ElementWithId(html, "WeeklyAmount");
        Assert.Contains("aria-describedby=\"WeeklyAmount-hint WeeklyAmount-error\"", input, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-input govuk-input--error\"", input, StringComparison.Ordinal);
        Assert.Contains("value=\"abc\"", input, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prefix_suffix_and_width_follow_the_govuk_markup()
    {
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-GB");
        var helper = Input(new PaymentForm { WeeklyAmount = 85.5m }, m => m.WeeklyAmount);
        helper.Prefix = "£";
        helper.Suffix = "per week";
        helper.Width = "5";

        var html = await RenderAsync(helper, "govuk-input");

        Assert.Contains(
            "<div class=\"govuk-input__wrapper\"><div aria-hidden=\"true\" class=\"govuk-input__prefix\">£</div><input ",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<div aria-hidden=\"true\" class=\"govuk-input__suffix\">per week</div></div>", html, StringComparison.Ordinal);
        var input = ElementWithId(html, "WeeklyAmount");
        Assert.Contains("class=\"govuk-input govuk-input--width-5\"", input, StringComparison.Ordinal);
        Assert.Contains("inputmode=\"decimal\"", input, StringComparison.Ordinal);
        Assert.Contains("value=\"85.5\"", input, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10", "govuk-input--width-10")]
    [InlineData("two-thirds", "govuk-!-width-two-thirds")]
    public void Width_maps_to_the_govuk_width_classes(string width, string expected) =>
        Assert.Equal(expected, GovUkInputTagHelper.WidthClass(width));

    [Fact]
    public void An_unknown_width_is_a_mistake_in_the_view() =>
        Assert.Throws<InvalidOperationException>(() => GovUkInputTagHelper.WidthClass("7"));

    [Fact]
    public async Task Label_as_page_heading_is_a_large_label_inside_an_h1()
    {
        var html = await RenderAsync(Input(new PaymentForm(), m => m.FullName), "govuk-input", Flags("label-is-page-heading"));

        Assert.Contains(
            "<h1 class=\"govuk-label-wrapper\"><label class=\"govuk-label govuk-label--l\" for=\"FullName\">Full name</label></h1>",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Other_attributes_go_onto_the_input_and_numbers_get_a_numeric_keyboard()
    {
        var html = await RenderAsync(
            Input(new PaymentForm { Hours = 12 }, m => m.Hours),
            "govuk-input",
            Attributes(("maxlength", "3"), ("class", "govuk-input--extra-letter-spacing")));

        var input = ElementWithId(html, "Hours");
        Assert.Contains("maxlength=\"3\"", input, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-input govuk-input--extra-letter-spacing\"", input, StringComparison.Ordinal);
        Assert.Contains("inputmode=\"numeric\"", input, StringComparison.Ordinal);
        Assert.Contains("value=\"12\"", input, StringComparison.Ordinal);
        Assert.StartsWith("<div class=\"govuk-form-group\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_prefix_is_part_of_the_name_and_the_id()
    {
        var html = await RenderAsync(Input(new PaymentForm(), m => m.FullName, prefix: "Payment"), "govuk-input");

        var input = ElementWithId(html, "Payment_FullName");
        Assert.Contains("name=\"Payment.FullName\"", input, StringComparison.Ordinal);
        Assert.Contains("for=\"Payment_FullName\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_in_values_and_labels_is_encoded()
    {
        var helper = Input(new PaymentForm { FullName = "<script>\"x\"" }, m => m.FullName);
        helper.Label = "Name & address";

        var html = await RenderAsync(helper, "govuk-input");

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"&lt;script&gt;&quot;x&quot;\"", html, StringComparison.Ordinal);
        Assert.Contains(">Name &amp; address</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Textarea_keeps_the_value_and_shows_the_error()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("Details", "Moved house", "Moved house");
        modelState.AddModelError("Details", "Details must be 500 characters or fewer");
        var viewContext = ViewContext(new PaymentForm(), modelState);
        var helper = new GovUkTextareaTagHelper(Generator)
        {
            ViewContext = viewContext,
            For = For(viewContext, (PaymentForm m) => m.Details),
            Label = "Tell us about the change",
            Hint = "Do not include bank details.",
            Rows = 3,
        };

        var html = await RenderAsync(helper, "govuk-textarea");

        var textarea = ElementWithId(html, "Details");
        Assert.StartsWith("<textarea ", textarea, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-textarea govuk-textarea--error\"", textarea, StringComparison.Ordinal);
        Assert.Contains("name=\"Details\"", textarea, StringComparison.Ordinal);
        Assert.Contains("rows=\"3\"", textarea, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"Details-hint Details-error\"", textarea, StringComparison.Ordinal);
        Assert.Contains("Moved house</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("govuk-form-group--error", html, StringComparison.Ordinal);
    }
}

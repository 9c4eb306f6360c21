using DirectPayments.Web.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using static DirectPayments.Web.Tests.Components.TagHelperHarness;

namespace DirectPayments.Web.Tests.Components;

public sealed class GovUkErrorSummaryTagHelperTests
{
    private static GovUkErrorSummaryTagHelper Summary<TModel>(TModel model, ModelStateDictionary modelState) =>
        new(Generator) { ViewContext = ViewContext(model, modelState) };

    [Fact]
    public async Task Renders_nothing_when_there_are_no_errors()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("FullName", "Sam", "Sam");

        var html = await RenderAsync(Summary(new PaymentForm(), modelState), "govuk-error-summary");

        Assert.Equal(string.Empty, html);
    }

    [Fact]
    public async Task Lists_each_fields_first_error_in_page_order_linking_to_the_field()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("ManagedBy", "Select who manages the payment");
        modelState.SetModelValue("StartDate.Day", "12", "12");
        modelState.SetModelValue("StartDate.Month", "", "");
        modelState.SetModelValue("StartDate.Year", "2026", "2026");
        modelState.AddModelError("StartDate", "Start date must include a month");
        modelState.AddModelError("FullName", "Enter your full name");
        modelState.AddModelError("FullName", "Not this one");

        var html = await RenderAsync(Summary(new PaymentForm(), modelState), "govuk-error-summary");

        Assert.StartsWith(
            "<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\"><h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">",
            html,
            StringComparison.Ordinal);
        Assert.Contains(
            "<li><a href=\"#FullName\">Enter your full name</a></li>"
            + "<li><a href=\"#StartDate-month\">Start date must include a month</a></li>"
            + "<li><a href=\"#ManagedBy\">Select who manages the payment</a></li>",
            html,
            StringComparison.Ordinal);
        Assert.DoesNotContain("Not this one", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_date_error_from_a_validator_links_to_the_day()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("StartDate.Day", "1", "1");
        modelState.SetModelValue("StartDate.Month", "1", "1");
        modelState.SetModelValue("StartDate.Year", "2020", "2020");
        modelState.AddModelError("StartDate", "Start date must be after 1 April 2026");

        var html = await RenderAsync(Summary(new PaymentForm(), modelState), "govuk-error-summary");

        Assert.Contains("<a href=\"#StartDate-day\">Start date must be after 1 April 2026</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_about_the_whole_form_comes_first_without_a_link()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("FullName", "Enter your full name");
        modelState.AddModelError(string.Empty, "You have already applied");

        var html = await RenderAsync(Summary(new PaymentForm(), modelState), "govuk-error-summary");

        Assert.Contains("<li>You have already applied</li><li><a href=\"#FullName\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nested_properties_link_to_the_sanitised_id()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("Payment.FullName", "Enter your full name");

        var html = await RenderAsync(Summary(new ApplicationForm(), modelState), "govuk-error-summary");

        Assert.Contains("<a href=\"#Payment_FullName\">Enter your full name</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Title_can_be_changed_and_auto_focus_turned_off()
    {
        var modelState = new ModelStateDictionary();
        modelState.AddModelError("FullName", "Enter your full name");
        var helper = Summary(new PaymentForm(), modelState);
        helper.Title = "Check your answers";

        var html = await RenderAsync(helper, "govuk-error-summary", Flags("disable-auto-focus"));

        Assert.Contains("data-disable-auto-focus=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"govuk-error-summary__title\">Check your answers</h2>", html, StringComparison.Ordinal);
    }
}

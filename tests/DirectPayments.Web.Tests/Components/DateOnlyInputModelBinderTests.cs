using System.Globalization;
using DirectPayments.Web.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using static DirectPayments.Web.Tests.Components.TagHelperHarness;

namespace DirectPayments.Web.Tests.Components;

public sealed class DateOnlyInputModelBinderTests
{
    [Fact]
    public async Task Binds_a_real_date_from_its_three_boxes()
    {
        var (result, modelState) = await BindPropertyAsync(nameof(PaymentForm.StartDate), Form(("StartDate.Day", "27"), ("StartDate.Month", "3"), ("StartDate.Year", "2026")));

        Assert.True(result.IsModelSet);
        Assert.Equal(new DateOnly(2026, 3, 27), result.Model);
        Assert.Equal(0, modelState.ErrorCount);
        Assert.Equal("27", modelState["StartDate.Day"]!.AttemptedValue);
        Assert.Equal(ModelValidationState.Skipped, modelState["StartDate.Day"]!.ValidationState);
    }

    [Theory]
    [InlineData(" 07 ", "mar", "2026")]
    [InlineData("7", "March", "2026")]
    [InlineData("7", "03", "2026")]
    public async Task Accepts_spaces_leading_zeros_and_month_names(string day, string month, string year)
    {
        var (result, _) = await BindPropertyAsync(nameof(PaymentForm.StartDate), Form(("StartDate.Day", day), ("StartDate.Month", month), ("StartDate.Year", year)));

        Assert.Equal(new DateOnly(2026, 3, 7), result.Model);
    }

    [Fact]
    public async Task A_missing_month_says_the_date_must_include_a_month_using_the_display_name()
    {
        var (result, modelState) = await BindPropertyAsync(nameof(PaymentForm.StartDate), Form(("StartDate.Day", "12"), ("StartDate.Month", ""), ("StartDate.Year", "2026")));

        Assert.False(result.IsModelSet);
        Assert.Equal("Start date must include a month", Assert.Single(modelState["StartDate"]!.Errors).ErrorMessage);
        Assert.Equal("12", modelState["StartDate.Day"]!.AttemptedValue);
        Assert.Equal("2026", modelState["StartDate.Year"]!.AttemptedValue);
    }

    [Theory]
    [InlineData("", "", "2026", "Start date must include a day and month")]
    [InlineData("12", "3", "", "Start date must include a year")]
    [InlineData("", "3", "", "Start date must include a day and year")]
    [InlineData("12", "3", "26", "Year must include 4 numbers")]
    [InlineData("12", "13", "2026", "Start date must be a real date")]
    [InlineData("1st", "3", "2026", "Start date must be a real date")]
    [InlineData("29", "2", "2027", "Start date must be a real date")]
    [InlineData("0", "1", "0000", "Start date must be a real date")]
    public async Task Other_problems_get_the_govuk_messages(string day, string month, string year, string message)
    {
        var (_, modelState) = await BindPropertyAsync(nameof(PaymentForm.StartDate), Form(("StartDate.Day", day), ("StartDate.Month", month), ("StartDate.Year", year)));

        Assert.Equal(message, Assert.Single(modelState["StartDate"]!.Errors).ErrorMessage);
    }

    [Fact]
    public async Task The_31st_of_February_is_not_a_real_date()
    {
        var (result, modelState) = await BindPropertyAsync(nameof(PaymentForm.StartDate), Form(("StartDate.Day", "31"), ("StartDate.Month", "2"), ("StartDate.Year", "2026")));

        Assert.False(result.IsModelSet);
        Assert.Equal("Start date must be a real date", Assert.Single(modelState["StartDate"]!.Errors).ErrorMessage);
        Assert.Equal("31", modelState["StartDate.Day"]!.AttemptedValue);
    }

    [Fact]
    public async Task All_blank_is_no_date_and_no_error_leaving_it_to_the_validator()
    {
        var (result, modelState) = await BindPropertyAsync(nameof(PaymentForm.StartDate), Form(("StartDate.Day", ""), ("StartDate.Month", " "), ("StartDate.Year", "")));

        Assert.True(result.IsModelSet);
        Assert.Null(result.Model);
        Assert.Equal(0, modelState.ErrorCount);
    }

    [Fact]
    public async Task All_blank_for_a_date_that_cannot_be_empty_asks_for_it()
    {
        var (result, modelState) = await BindPropertyAsync(nameof(PaymentForm.ReviewDate), Form(("ReviewDate.Day", ""), ("ReviewDate.Month", ""), ("ReviewDate.Year", "")));

        Assert.False(result.IsModelSet);
        Assert.Equal("Enter review date", Assert.Single(modelState["ReviewDate"]!.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Nothing_posted_leaves_the_model_alone()
    {
        var (result, modelState) = await BindPropertyAsync(nameof(PaymentForm.StartDate), Form(("FullName", "Sam")));

        Assert.Equal(default, result);
        Assert.Empty(modelState);
    }

    [Theory]
    [InlineData("2026-03-27")]
    [InlineData(" 2026-03-27 ")]
    public async Task A_single_iso_value_such_as_a_route_value_or_hidden_field_is_bound(string value)
    {
        var (result, _) = await BindPropertyAsync(nameof(PaymentForm.StartDate), Form(("StartDate", value)));

        Assert.Equal(new DateOnly(2026, 3, 27), result.Model);
    }

    [Fact]
    public async Task A_single_value_that_is_not_a_date_is_an_error()
    {
        var (_, modelState) = await BindPropertyAsync(nameof(PaymentForm.StartDate), Form(("StartDate", "soon")));

        Assert.Equal("Start date must be a real date", Assert.Single(modelState["StartDate"]!.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Through_mvcs_model_binding_a_valid_form_is_valid()
    {
        var (model, modelState) = await BindFormAsync(Form(
            ("FullName", "Sam"),
            ("ManagedBy", "self"),
            ("StartDate.Day", "27"),
            ("StartDate.Month", "3"),
            ("StartDate.Year", "2026"),
            ("ReviewDate.Day", "1"),
            ("ReviewDate.Month", "4"),
            ("ReviewDate.Year", "2027")));

        Assert.True(modelState.IsValid, string.Join(", ", modelState.Where(e => e.Value!.ValidationState != ModelValidationState.Valid).Select(e => $"{e.Key}={e.Value!.ValidationState}")));
        Assert.Equal(new DateOnly(2026, 3, 27), model.StartDate);
        Assert.Equal(new DateOnly(2027, 4, 1), model.ReviewDate);
    }

    [Fact]
    public async Task Through_mvcs_model_binding_a_binding_error_is_the_only_error_for_the_date()
    {
        var (_, modelState) = await BindFormAsync(Form(
            ("FullName", "Sam"),
            ("ManagedBy", "self"),
            ("StartDate.Day", "31"),
            ("StartDate.Month", "2"),
            ("StartDate.Year", "2026")));

        Assert.False(modelState.IsValid);
        Assert.Equal("Start date must be a real date", Assert.Single(modelState["StartDate"]!.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Through_mvcs_model_binding_a_blank_required_date_gets_the_validators_message()
    {
        var (_, modelState) = await BindFormAsync(Form(
            ("FullName", "Sam"),
            ("ManagedBy", "self"),
            ("StartDate.Day", ""),
            ("StartDate.Month", ""),
            ("StartDate.Year", "")));

        Assert.Equal("Enter the start date", Assert.Single(modelState["StartDate"]!.Errors).ErrorMessage);
    }

    [Fact]
    public async Task Through_mvcs_model_binding_letters_in_a_number_get_a_govuk_message()
    {
        var (_, modelState) = await BindFormAsync(Form(("FullName", "Sam"), ("ManagedBy", "self"), ("WeeklyAmount", "lots"), ("Hours", "")));

        Assert.Equal("Weekly amount must be a number", Assert.Single(modelState["WeeklyAmount"]!.Errors).ErrorMessage);
        Assert.Equal("Enter hours", Assert.Single(modelState["Hours"]!.Errors).ErrorMessage);
    }

    [Fact]
    public void AddGovUkComponents_puts_the_date_binder_first()
    {
        var options = Services.GetRequiredService<IOptions<MvcOptions>>().Value;

        Assert.IsType<DateOnlyInputModelBinderProvider>(options.ModelBinderProviders[0]);
    }

    private static FormCollection Form(params (string Key, string Value)[] values) =>
        new(values.ToDictionary(v => v.Key, v => new StringValues(v.Value)));

    private static ActionContext NewActionContext() =>
        new(new DefaultHttpContext { RequestServices = Services }, new RouteData(), new ActionDescriptor(), new ModelStateDictionary());

    private static async Task<(ModelBindingResult Result, ModelStateDictionary ModelState)> BindPropertyAsync(string property, FormCollection form)
    {
        var actionContext = NewActionContext();
        var metadata = MetadataProvider.GetMetadataForProperty(typeof(PaymentForm), property);
        var valueProvider = new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture);
        var bindingContext = DefaultModelBindingContext.CreateBindingContext(actionContext, valueProvider, metadata, bindingInfo: null, modelName: property);

        await new DateOnlyInputModelBinder().BindModelAsync(bindingContext);

        return (bindingContext.Result, actionContext.ModelState);
    }

    /// <summary>Binds and validates a whole form as an action's parameter, with MVC's binders and validators.</summary>
    private static async Task<(PaymentForm Model, ModelStateDictionary ModelState)> BindFormAsync(FormCollection form)
    {
        var actionContext = NewActionContext();
        var metadata = MetadataProvider.GetMetadataForType(typeof(PaymentForm));
        var parameter = new Microsoft.AspNetCore.Mvc.Abstractions.ParameterDescriptor { Name = "model", ParameterType = typeof(PaymentForm) };
        var binder = Services.GetRequiredService<IModelBinderFactory>().CreateBinder(new ModelBinderFactoryContext
        {
            Metadata = metadata,
            BindingInfo = new BindingInfo(),
            CacheToken = parameter,
        });
        var valueProvider = new FormValueProvider(BindingSource.Form, form, CultureInfo.InvariantCulture);

        var result = await Services.GetRequiredService<ParameterBinder>()
            .BindModelAsync(actionContext, binder, valueProvider, parameter, metadata, value: null, container: null);

        return ((PaymentForm)result.Model!, actionContext.ModelState);
    }
}

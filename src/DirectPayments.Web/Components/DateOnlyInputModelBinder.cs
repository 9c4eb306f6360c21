using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Components;

/// <summary>
/// Binds a <see cref="DateOnly"/> or <see cref="Nullable{DateOnly}"/> from the three boxes of a GOV.UK date
/// input, posted as <c>{Name}.Day</c>, <c>{Name}.Month</c> and <c>{Name}.Year</c> (see <c>&lt;govuk-date-input&gt;</c>),
/// with the GOV.UK error messages:
/// <list type="bullet">
/// <item>all three blank: no value (null); whether an answer is needed is for the validator. A non-nullable
/// <see cref="DateOnly"/> cannot be empty, so that is "Enter {name}".</item>
/// <item>some blank: "{Name} must include a month" (or "a day and month", …).</item>
/// <item>year not 4 numbers: "Year must include 4 numbers".</item>
/// <item>not a real date (31 2 2026, letters): "{Name} must be a real date".</item>
/// </list>
/// {Name} is the property's [Display(Name)], or its name in words ("StartDate" → "Start date").
/// The typed parts are kept in ModelState so that the page shows them again after an error.
/// A single value under {Name} itself (a route value, a query string or a hidden field such as
/// "2026-03-27") is bound too.
/// </summary>
public sealed class DateOnlyInputModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);

        var modelName = bindingContext.ModelName;
        var valueProvider = bindingContext.ValueProvider;
        var day = valueProvider.GetValue(PartName(modelName, DateInputPart.Day));
        var month = valueProvider.GetValue(PartName(modelName, DateInputPart.Month));
        var year = valueProvider.GetValue(PartName(modelName, DateInputPart.Year));

        if (day == ValueProviderResult.None && month == ValueProviderResult.None && year == ValueProviderResult.None)
        {
            BindSingleValue(bindingContext);
            return Task.CompletedTask;
        }

        var modelState = bindingContext.ModelState;
        KeepPart(modelState, PartName(modelName, DateInputPart.Day), day);
        KeepPart(modelState, PartName(modelName, DateInputPart.Month), month);
        KeepPart(modelState, PartName(modelName, DateInputPart.Year), year);

        var result = DateInputParts.Read(day.FirstValue, month.FirstValue, year.FirstValue);
        var attempted = $"{day.FirstValue} {month.FirstValue} {year.FirstValue}".Trim();
        modelState.SetModelValue(modelName, rawValue: attempted, attemptedValue: attempted);

        switch (result.Problem)
        {
            case DateInputProblem.None:
                bindingContext.Result = ModelBindingResult.Success(result.Date!.Value);
                break;
            case DateInputProblem.Blank:
                BindBlank(bindingContext);
                break;
            default:
                modelState.TryAddModelError(modelName, DateInputParts.MessageFor(result, NameOf(bindingContext))!);
                bindingContext.Result = ModelBindingResult.Failed();
                break;
        }

        return Task.CompletedTask;
    }

    /// <summary>The name of one box: "StartDate.Day".</summary>
    public static string PartName(string modelName, DateInputPart part) =>
        ModelNames.CreatePropertyModelName(modelName, DateInputParts.NameOf(part));

    /// <summary>
    /// Keeps what was typed in one box, to show it again. The validator never visits these keys (they are
    /// not properties), so they are marked skipped; otherwise ModelState.IsValid would stay false.
    /// </summary>
    private static void KeepPart(ModelStateDictionary modelState, string key, ValueProviderResult value)
    {
        modelState.SetModelValue(key, value);
        modelState.MarkFieldSkipped(key);
    }

    private static void BindSingleValue(ModelBindingContext bindingContext)
    {
        var modelName = bindingContext.ModelName;
        var value = bindingContext.ValueProvider.GetValue(modelName);
        if (value == ValueProviderResult.None)
        {
            // Nothing was posted for this date: leave the model as it is.
            return;
        }

        bindingContext.ModelState.SetModelValue(modelName, value);
        var text = value.FirstValue?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            BindBlank(bindingContext);
            return;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || DateOnly.TryParse(text, value.Culture, DateTimeStyles.None, out date))
        {
            bindingContext.Result = ModelBindingResult.Success(date);
            return;
        }

        bindingContext.ModelState.TryAddModelError(modelName, $"{GovUkText.UpperFirst(NameOf(bindingContext))} must be a real date");
        bindingContext.Result = ModelBindingResult.Failed();
    }

    private static void BindBlank(ModelBindingContext bindingContext)
    {
        if (Nullable.GetUnderlyingType(bindingContext.ModelType) is not null)
        {
            bindingContext.Result = ModelBindingResult.Success(null);
            return;
        }

        bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, $"Enter {GovUkText.LowerFirst(NameOf(bindingContext))}");
        bindingContext.Result = ModelBindingResult.Failed();
    }

    private static string NameOf(ModelBindingContext bindingContext)
    {
        var metadata = bindingContext.ModelMetadata;
        return metadata.DisplayName
            ?? GovUkText.Humanise(metadata.PropertyName ?? metadata.ParameterName ?? bindingContext.ModelName);
    }
}

/// <summary>Uses <see cref="DateOnlyInputModelBinder"/> for every <see cref="DateOnly"/> and <see cref="Nullable{DateOnly}"/>
/// bound from the form, the query string or the route (not from a JSON body or a header).</summary>
public sealed class DateOnlyInputModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var type = context.Metadata.ModelType;
        if (type != typeof(DateOnly) && type != typeof(DateOnly?))
        {
            return null;
        }

        var source = context.BindingInfo.BindingSource;
        if (source is not null && (source.IsGreedy || source == BindingSource.Header))
        {
            return null;
        }

        return new DateOnlyInputModelBinder();
    }
}

using DirectPayments.Domain.Common;
using DirectPayments.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace DirectPayments.Web.Components;

/// <summary>
/// Binds <see cref="Money"/> and <see cref="Nullable{Money}"/> from a text box as a person types an amount ("£1,234.50",
/// "60"), through <see cref="MoneyInput"/>, never via double, with the GOV.UK messages:
/// <list type="bullet">
/// <item>blank: no value (null); whether an answer is needed is for the validator ("Enter the weekly cost").</item>
/// <item>not a number: "{Name} must be a number, like 112.50".</item>
/// <item>negative: "{Name} must be £0 or more", or "{Name} must be more than £0.00" for a field marked
/// <see cref="MoreThanZeroAttribute"/> (whose validator refuses £0 in the same words); more than 2 decimal places:
/// "{Name} must not have more than 2 decimal places".</item>
/// </list>
/// What was typed is kept in ModelState, so the page shows it again after an error. Limits (the most an amount can
/// be) are the validator's, as is every rule that compares one field with another.
/// </summary>
public sealed class MoneyModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (value == ValueProviderResult.None)
        {
            return Task.CompletedTask;
        }

        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
        var subject = GovUkText.UpperFirst(Name(bindingContext));
        var message = MoneyInput.TryParse(value.FirstValue, out var pounds) switch
        {
            MoneyInput.Problem.None => null,
            MoneyInput.Problem.Empty => Nullable.GetUnderlyingType(bindingContext.ModelType) is null ? $"Enter {GovUkText.LowerFirst(Name(bindingContext))}" : null,
            MoneyInput.Problem.Negative => MustBeMoreThanZero(bindingContext) ? $"{subject} must be more than £0.00" : $"{subject} must be £0 or more",
            MoneyInput.Problem.TooManyDecimalPlaces => $"{subject} must not have more than 2 decimal places",
            _ => $"{subject} must be a number, like 112.50",
        };
        if (message is not null)
        {
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, message);
            bindingContext.Result = ModelBindingResult.Failed();
            return Task.CompletedTask;
        }

        bindingContext.Result = string.IsNullOrWhiteSpace(value.FirstValue)
            ? ModelBindingResult.Success(null)
            : ModelBindingResult.Success(Money.FromPounds(pounds));
        return Task.CompletedTask;
    }

    private static bool MustBeMoreThanZero(ModelBindingContext bindingContext) =>
        bindingContext.ModelMetadata is DefaultModelMetadata { Attributes: { } attributes }
        && attributes.Attributes.OfType<MoreThanZeroAttribute>().Any();

    private static string Name(ModelBindingContext bindingContext) =>
        bindingContext.ModelMetadata.DisplayName
        ?? GovUkText.Humanise(bindingContext.ModelMetadata.PropertyName ?? bindingContext.ModelMetadata.ParameterName ?? bindingContext.ModelName);
}

/// <summary>Uses <see cref="MoneyModelBinder"/> for every <see cref="Money"/> and <see cref="Nullable{Money}"/> bound from a form, query or route.</summary>
public sealed class MoneyModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = context.Metadata.ModelType;
        if (type != typeof(Money) && type != typeof(Money?))
        {
            return null;
        }

        var source = context.BindingInfo.BindingSource;
        return source is not null && (source.IsGreedy || source == BindingSource.Header) ? null : new MoneyModelBinder();
    }
}

/// <summary>
/// A money field that must be more than £0.00 (an amount paid, a budget), not just £0 or more: the money binder refuses a
/// negative amount in the words the field's validator refuses £0, "{Name} must be more than £0.00", so that the
/// message says what is allowed whichever was typed.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MoreThanZeroAttribute : Attribute;

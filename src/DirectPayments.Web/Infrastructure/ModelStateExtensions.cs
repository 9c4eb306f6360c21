using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Copies a validator's errors to ModelState, so that the error summary and fields show them.</summary>
    public static void AddToModelState(this ValidationResult result, ModelStateDictionary modelState, string? prefix = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(modelState);
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? error.PropertyName : $"{prefix}.{error.PropertyName}";

            // A field that failed to bind already has its own message ("must be a real date"); keep that one.
            if (modelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
            {
                continue;
            }

            modelState.AddModelError(key, error.ErrorMessage);
        }
    }
}

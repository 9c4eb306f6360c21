using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Components;

/// <summary>
/// Binds text from a form without the characters nobody can see: control characters (NUL and the like; tabs and line
/// breaks stay), zero-width spaces, byte-order marks, word joiners and the direction overrides that make text read
/// other than it is. Text made only of them, or of spaces, binds as nothing, so "Enter your full name" is said rather
/// than an invisible name saved and sent out. Passwords are bound as typed.
/// </summary>
public sealed class VisibleTextModelBinder : IModelBinder
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
        var visible = Clean(value.FirstValue);
        bindingContext.Result = ModelBindingResult.Success(
            string.IsNullOrWhiteSpace(visible) && bindingContext.ModelMetadata.ConvertEmptyStringToNull ? null : visible);
        return Task.CompletedTask;
    }

    /// <summary>The text without its invisible characters; null stays null.</summary>
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!Invisible(c))
            {
                kept.Append(c);
            }
        }

        return kept.Length == text.Length ? text : kept.ToString();
    }

    private static bool Invisible(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\r' or '\n'))
        || c is '\u200B' or '\u200E' or '\u200F' or '\u00AD' or '\uFEFF'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2060' and <= '\u2064'
        || c is >= '\u2066' and <= '\u2069';
}

/// <summary>Uses <see cref="VisibleTextModelBinder"/> for every string bound from a form, query or route, but passwords.</summary>
public sealed class VisibleTextModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Metadata.ModelType != typeof(string)
            || context.Metadata.DataTypeName == nameof(System.ComponentModel.DataAnnotations.DataType.Password)
            || (context.Metadata.PropertyName ?? context.Metadata.ParameterName ?? string.Empty).Contains("Password", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var source = context.BindingInfo.BindingSource;
        return source is not null && (source.IsGreedy || source == BindingSource.Header) ? null : new VisibleTextModelBinder();
    }
}

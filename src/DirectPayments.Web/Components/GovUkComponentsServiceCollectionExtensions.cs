using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.Extensions.WebEncoders;

namespace DirectPayments.Web.Components;

public static class GovUkComponentsServiceCollectionExtensions
{
    /// <summary>
    /// What the GOV.UK components need:
    /// <list type="bullet">
    /// <item>the date input binder (<see cref="DateOnlyInputModelBinderProvider"/>), first in the list, so that every
    /// DateOnly/DateOnly? is bound from its Day, Month and Year boxes;</item>
    /// <item>GOV.UK wording for the errors model binding itself raises ("Amount must be a number",
    /// "Enter amount") instead of MVC's "The value 'x' is not valid for Amount.";</item>
    /// <item>an HTML encoder that leaves letters and symbols such as £, é and – as they are
    /// (&lt; &gt; &amp; and quotes are still encoded).</item>
    /// </list>
    /// Tag helpers themselves need no registration: add <c>@addTagHelper *, DirectPayments.Web</c> to _ViewImports.
    /// </summary>
    public static IServiceCollection AddGovUkComponents(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        // PostConfigure: after AddControllersWithViews has added MVC's own binders and metadata
        // providers, whichever order Program.cs calls them in.
        services.PostConfigure<MvcOptions>(options =>
        {
            if (!options.ModelBinderProviders.Any(p => p is DateOnlyInputModelBinderProvider))
            {
                options.ModelBinderProviders.Insert(0, new DateOnlyInputModelBinderProvider());
            }

            if (!options.ModelMetadataDetailsProviders.Any(p => p is GovUkBindingMessagesProvider))
            {
                options.ModelMetadataDetailsProviders.Add(new GovUkBindingMessagesProvider());
            }
        });

        services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        return services;
    }
}

/// <summary>
/// GOV.UK wording for the errors that model binding raises before any validator runs, such as letters typed
/// into a number box. A validator's own messages are unaffected.
/// </summary>
internal sealed class GovUkBindingMessagesProvider : IBindingMetadataProvider
{
    private static readonly DefaultModelBindingMessageProvider Numbers = Create(number: true);
    private static readonly DefaultModelBindingMessageProvider Others = Create(number: false);

    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var type = Nullable.GetUnderlyingType(context.Key.ModelType) ?? context.Key.ModelType;
        context.BindingMetadata.ModelBindingMessageProvider = IsNumber(type) ? Numbers : Others;
    }

    private static bool IsNumber(Type type) =>
        type == typeof(decimal) || type == typeof(int) || type == typeof(long) || type == typeof(short)
        || type == typeof(double) || type == typeof(float) || type == typeof(byte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort);

    private static DefaultModelBindingMessageProvider Create(bool number)
    {
        static string Start(string name) => GovUkText.UpperFirst(GovUkText.Humanise(name));
        static string Middle(string name) => GovUkText.LowerFirst(GovUkText.Humanise(name));
        string Invalid(string name) => number ? $"{Start(name)} must be a number" : $"Enter {Middle(name)} in the correct format";

        var messages = new DefaultModelBindingMessageProvider();
        messages.SetAttemptedValueIsInvalidAccessor((_, name) => Invalid(name));
        messages.SetValueIsInvalidAccessor(_ => number ? "Enter a number" : "Enter a value in the correct format");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => number ? "Enter a number" : "Enter a value in the correct format");
        messages.SetUnknownValueIsInvalidAccessor(name => Invalid(name));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => number ? "Enter a number" : "Enter a value in the correct format");
        messages.SetValueMustBeANumberAccessor(name => $"{Start(name)} must be a number");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Enter a number");
        messages.SetValueMustNotBeNullAccessor(name => $"Enter {Middle(name)}");
        messages.SetMissingBindRequiredValueAccessor(name => $"Enter {Middle(name)}");
        messages.SetMissingKeyOrValueAccessor(() => "Enter a value");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "The request was empty");
        return messages;
    }
}

using System.ComponentModel.DataAnnotations;
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
    /// DateOnly/DateOnly? is bound from its Day, Month and Year boxes, and the money binder
    /// (<see cref="MoneyModelBinderProvider"/>) for every Money/Money? typed into a text box;</item>
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
            if (!options.ModelBinderProviders.Any(p => p is MoneyModelBinderProvider))
            {
                options.ModelBinderProviders.Insert(0, new MoneyModelBinderProvider());
            }

            if (!options.ModelBinderProviders.Any(p => p is VisibleTextModelBinderProvider))
            {
                options.ModelBinderProviders.Insert(0, new VisibleTextModelBinderProvider());
            }

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
/// into a number box ("Weekly amount must be a number") or nothing in a box for a number that cannot be empty
/// ("Enter hours"). The field's [Display(Name)], or its property name in words, is used. A validator's own
/// messages are unaffected.
/// </summary>
internal sealed class GovUkBindingMessagesProvider : IBindingMetadataProvider
{
    public void CreateBindingMetadata(BindingMetadataProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        var type = Nullable.GetUnderlyingType(context.Key.ModelType) ?? context.Key.ModelType;
        var name = context.Attributes.OfType<DisplayAttribute>().FirstOrDefault()?.GetName()
            ?? (context.Key.Name is { } propertyName ? GovUkText.Humanise(propertyName) : null);
        context.BindingMetadata.ModelBindingMessageProvider = Create(IsNumber(type), name);
    }

    private static bool IsNumber(Type type) =>
        type == typeof(decimal) || type == typeof(int) || type == typeof(long) || type == typeof(short)
        || type == typeof(double) || type == typeof(float) || type == typeof(byte)
        || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort);

    private static DefaultModelBindingMessageProvider Create(bool number, string? knownName)
    {
        // MVC passes some accessors the field's name and others only the value typed, so the name
        // comes from the metadata when it can.
        string Start(string? name) => (knownName ?? name) is { } n ? GovUkText.UpperFirst(GovUkText.Humanise(n)) : "The value";
        string Middle(string? name) => (knownName ?? name) is { } n ? GovUkText.LowerFirst(GovUkText.Humanise(n)) : "a value";
        string Invalid(string? name) => number ? $"{Start(name)} must be a number" : $"Enter {Middle(name)} in the correct format";

        var messages = new DefaultModelBindingMessageProvider();
        messages.SetAttemptedValueIsInvalidAccessor((_, name) => Invalid(name));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => Invalid(null));
        messages.SetValueIsInvalidAccessor(_ => Invalid(null));
        messages.SetUnknownValueIsInvalidAccessor(Invalid);
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Invalid(null));
        messages.SetValueMustBeANumberAccessor(name => $"{Start(name)} must be a number");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => $"{Start(null)} must be a number");
        messages.SetValueMustNotBeNullAccessor(_ => $"Enter {Middle(null)}");
        messages.SetMissingBindRequiredValueAccessor(name => $"Enter {Middle(name)}");
        messages.SetMissingKeyOrValueAccessor(() => $"Enter {Middle(null)}");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "The request was empty");
        return messages;
    }
}

using System.Diagnostics;
using System.Linq.Expressions;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DirectPayments.Web.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace DirectPayments.Web.Tests.Components;

/// <summary>
/// Runs a tag helper the way Razor does (context, output, child content) against a real MVC service
/// provider (metadata with [Display], the HTML generator, the binders of AddGovUkComponents), and
/// renders the output with the encoder AddGovUkComponents configures.
/// </summary>
internal static class TagHelperHarness
{
    public static IServiceProvider Services { get; } = BuildServices();

    public static IHtmlGenerator Generator => Services.GetRequiredService<IHtmlGenerator>();

    public static IModelMetadataProvider MetadataProvider => Services.GetRequiredService<IModelMetadataProvider>();

    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    public static ViewContext ViewContext<TModel>(TModel model, ModelStateDictionary? modelState = null, string? htmlFieldPrefix = null, string path = "/")
    {
        var httpContext = new DefaultHttpContext { RequestServices = Services };
        httpContext.Request.Path = path;
        var actionContext = new ActionContext(httpContext, new RouteData(), new ActionDescriptor(), modelState ?? new ModelStateDictionary());
        var viewData = new ViewDataDictionary<TModel>(MetadataProvider, actionContext.ModelState) { Model = model };
        if (htmlFieldPrefix is not null)
        {
            viewData.TemplateInfo.HtmlFieldPrefix = htmlFieldPrefix;
        }

        return new ViewContext(actionContext, Mock.Of<IView>(), viewData, Mock.Of<ITempDataDictionary>(), TextWriter.Null, new HtmlHelperOptions());
    }

    public static ModelExpression For<TModel, TValue>(ViewContext viewContext, Expression<Func<TModel, TValue>> expression) =>
        Services.GetRequiredService<ModelExpressionProvider>()
            .CreateModelExpression((ViewDataDictionary<TModel>)viewContext.ViewData, expression);

    /// <summary>Runs the tag helper. <paramref name="attributes"/> are the ones written on the element that it does not bind.</summary>
    public static async Task<string> RenderAsync(
        ITagHelper tagHelper,
        string tagName,
        TagHelperAttributeList? attributes = null,
        string childContent = "",
        IDictionary<object, object>? items = null,
        Func<IDictionary<object, object>, Task<string>>? children = null)
    {
        attributes ??= [];
        items ??= new Dictionary<object, object>();
        var context = new TagHelperContext(tagName, new TagHelperAttributeList(attributes), items, Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput(
            tagName,
            new TagHelperAttributeList(attributes),
            async (_, _) =>
            {
                var content = new DefaultTagHelperContent();
                content.SetHtmlContent(children is null ? childContent : await children(context.Items));
                return content;
            });

        tagHelper.Init(context);
        await tagHelper.ProcessAsync(context, output);

        // As Razor does: content the tag helper left alone is its child content.
        if (!output.IsContentModified)
        {
            output.Content.SetHtmlContent(await output.GetChildContentAsync());
        }

        await using var writer = new StringWriter();
        output.WriteTo(writer, Encoder);
        return writer.ToString();
    }

    public static TagHelperAttributeList Flags(params string[] names) =>
        new(names.Select(n => new TagHelperAttribute(n)));

    public static TagHelperAttributeList Attributes(params (string Name, object Value)[] attributes) =>
        new(attributes.Select(a => new TagHelperAttribute(a.Name, a.Value)));

    /// <summary>The opening tag of the element with this id, to check its attributes.</summary>
    public static string ElementWithId(string html, string id)
    {
        var marker = $"id=\"{id}\"";
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"No element with id {id} in:\n{html}");
        var start = html.LastIndexOf('<', at);
        var end = html.IndexOf('>', at);
        return html[start..(end + 1)];
    }

    private static ServiceProvider BuildServices()
    {
        var services = new ServiceCollection();
        var diagnostics = new DiagnosticListener("DirectPayments.Web.Tests");
        services.AddSingleton(diagnostics);
        services.AddSingleton<DiagnosticSource>(diagnostics);
        services.AddLogging();
        services.AddControllersWithViews();
        services.AddGovUkComponents();
        return services.BuildServiceProvider();
    }
}

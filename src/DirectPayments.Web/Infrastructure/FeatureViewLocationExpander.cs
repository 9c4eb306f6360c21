using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace DirectPayments.Web.Infrastructure;

/// <summary>
/// Finds views beside their controller in Features/{Feature}/Views, so that a person changing one
/// journey finds its controller, view models, validators and views in one folder.
/// The feature is the namespace segment after "Features" (DirectPayments.Web.Features.Citizen → Citizen).
/// </summary>
public sealed class FeatureViewLocationExpander : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor descriptor)
        {
            context.Values[FeatureKey] = FeatureOf(descriptor.ControllerTypeInfo.Namespace);
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FeatureKey, out var feature) && !string.IsNullOrEmpty(feature))
        {
            yield return $"/Features/{feature}/Views/{{1}}/{{0}}.cshtml";
            yield return $"/Features/{feature}/Views/{{0}}.cshtml";
        }

        yield return "/Features/Shared/{0}.cshtml";
        yield return "/Features/Shared/Components/{0}.cshtml";
    }

    internal static string? FeatureOf(string? controllerNamespace)
    {
        if (controllerNamespace is null)
        {
            return null;
        }

        var parts = controllerNamespace.Split('.');
        var index = Array.IndexOf(parts, "Features");
        return index >= 0 && index + 1 < parts.Length ? parts[index + 1] : null;
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace DirectPayments.Web.Infrastructure;

/// <summary>
/// An address whose parts do not read as what the route names (a rate "xyz", an approval of kind "Foo", a kind "7") is
/// not found. Otherwise a part that fails to bind arrives as its type's default, and the page for the first rate or the
/// first kind of approval would answer a made-up address.
/// </summary>
public sealed class AddressMustNameWhatExistsFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var parameter in context.ActionDescriptor.Parameters)
        {
            // "action" and "controller" are in every request's route values (MVC's own), whatever the form calls its fields.
            if (parameter.Name is "action" or "controller" or "area" || !context.RouteData.Values.TryGetValue(parameter.Name, out var value))
            {
                continue;
            }

            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            var failedToBind = context.ModelState.TryGetValue(parameter.Name, out var entry) && entry.Errors.Count > 0;
            if (failedToBind || (type.IsEnum && !EnumInput.IsDefined(type, value as string, ignoreCase: true)))
            {
                context.Result = new NotFoundResult();
                return;
            }
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}

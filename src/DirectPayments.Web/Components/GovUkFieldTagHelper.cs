using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DirectPayments.Web.Components;

/// <summary>What every GOV.UK form field tag helper has: asp-for, a hint, and the form group's extra classes.</summary>
public abstract class GovUkFieldTagHelper : TagHelper
{
    protected GovUkFieldTagHelper(IHtmlGenerator generator)
    {
        Generator = generator;
    }

    /// <summary>The model property the field shows and posts back.</summary>
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = default!;

    /// <summary>Hint text under the label or legend, tied to the field with aria-describedby.</summary>
    [HtmlAttributeName("hint")]
    public string? Hint { get; set; }

    /// <summary>Extra classes for the govuk-form-group wrapper.</summary>
    [HtmlAttributeName("form-group-class")]
    public string? FormGroupClass { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    protected IHtmlGenerator Generator { get; }

    internal GovUkField Field() => GovUkField.For(For, ViewContext, Generator);
}

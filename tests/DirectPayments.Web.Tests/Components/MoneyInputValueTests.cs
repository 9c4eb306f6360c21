using System.ComponentModel.DataAnnotations;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Components;
using static DirectPayments.Web.Tests.Components.TagHelperHarness;

namespace DirectPayments.Web.Tests.Components;

public sealed class MoneyInputValueTests
{
    public sealed class CostForm
    {
        [Display(Name = "Weekly cost of care")]
        public Money? WeeklyCost { get; set; }
    }

    private static async Task<string> ValueShown(Money? amount)
    {
        var viewContext = ViewContext(new CostForm { WeeklyCost = amount });
        var html = await RenderAsync(new GovUkInputTagHelper(Generator) { ViewContext = viewContext, For = For(viewContext, (CostForm m) => m.WeeklyCost) }, "govuk-input");
        return ElementWithId(html, "WeeklyCost");
    }

    [Fact]
    public async Task An_amount_is_shown_as_a_person_types_it_after_the_pound_sign() =>
        Assert.Contains("value=\"1234.50\"", await ValueShown(Money.FromPounds(1234.5m)), StringComparison.Ordinal);

    [Fact]
    public async Task No_amount_leaves_the_box_empty() =>
        Assert.DoesNotContain("value=", await ValueShown(null), StringComparison.Ordinal);
}

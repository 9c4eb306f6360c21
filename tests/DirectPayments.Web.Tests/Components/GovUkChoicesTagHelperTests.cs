using DirectPayments.Web.Components;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using static DirectPayments.Web.Tests.Components.TagHelperHarness;

namespace DirectPayments.Web.Tests.Components;

public sealed class GovUkChoicesTagHelperTests
{
    private static readonly GovUkChoiceItem[] ManagedBy =
    [
        new("self", "I manage it myself"),
        new("authorised", "Someone manages it for me", "For example, a family member"),
        GovUkChoiceItem.Divider(),
        new("unsure", "I do not know"),
    ];

    private static GovUkRadiosTagHelper Radios(PaymentForm model, ModelStateDictionary? modelState = null)
    {
        var viewContext = ViewContext(model, modelState);
        return new GovUkRadiosTagHelper(Generator)
        {
            ViewContext = viewContext,
            For = For(viewContext, (PaymentForm m) => m.ManagedBy),
            Legend = "Who manages the payment?",
            Items = ManagedBy,
        };
    }

    [Fact]
    public async Task Radios_first_item_has_the_fields_id_and_the_others_are_numbered()
    {
        var html = await RenderAsync(Radios(new PaymentForm { ManagedBy = "authorised" }), "govuk-radios");

        Assert.Contains("<fieldset class=\"govuk-fieldset\"><legend class=\"govuk-fieldset__legend\">Who manages the payment?</legend>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-radios\" data-module=\"govuk-radios\">", html, StringComparison.Ordinal);
        var first = ElementWithId(html, "ManagedBy");
        Assert.Contains("name=\"ManagedBy\"", first, StringComparison.Ordinal);
        Assert.Contains("type=\"radio\"", first, StringComparison.Ordinal);
        Assert.Contains("value=\"self\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", first, StringComparison.Ordinal);
        var second = ElementWithId(html, "ManagedBy-2");
        Assert.Contains("checked=\"checked\"", second, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"ManagedBy-2-item-hint\"", second, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-hint govuk-radios__hint\" id=\"ManagedBy-2-item-hint\">For example, a family member</div>", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-radios__divider\">or</div>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"unsure\"", ElementWithId(html, "ManagedBy-3"), StringComparison.Ordinal);
        Assert.Contains("<label class=\"govuk-label govuk-radios__label\" for=\"ManagedBy-3\">I do not know</label>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_error_and_the_posted_answer_win_over_the_model()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("ManagedBy", "unsure", "unsure");
        modelState.AddModelError("ManagedBy", "Select who manages the payment");
        var helper = Radios(new PaymentForm { ManagedBy = "self" }, modelState);
        helper.Hint = "Choose one";

        var html = await RenderAsync(helper, "govuk-radios", Flags("inline"));

        Assert.StartsWith("<div class=\"govuk-form-group govuk-form-group--error\">", html, StringComparison.Ordinal);
        Assert.Contains("<fieldset aria-describedby=\"ManagedBy-hint ManagedBy-error\" class=\"govuk-fieldset\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"govuk-visually-hidden\">Error:</span> Select who manages the payment", html, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-radios govuk-radios--inline\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", ElementWithId(html, "ManagedBy"), StringComparison.Ordinal);
        Assert.Contains("checked", ElementWithId(html, "ManagedBy-3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Radios_for_a_bool_match_true_and_false_and_legend_can_be_the_page_heading()
    {
        var viewContext = ViewContext(new PaymentForm { HasCarer = false });
        var helper = new GovUkRadiosTagHelper(Generator)
        {
            ViewContext = viewContext,
            For = For(viewContext, (PaymentForm m) => m.HasCarer),
            Legend = "Do you have a carer?",
            Items = [new SelectListItem("Yes", "true"), new SelectListItem("No", "false")],
        };

        var html = await RenderAsync(helper, "govuk-radios", Flags("legend-is-page-heading"));

        Assert.Contains("<h1 class=\"govuk-fieldset__heading\">Do you have a carer?</h1>", html, StringComparison.Ordinal);
        Assert.Contains("govuk-fieldset__legend--l", html, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", ElementWithId(html, "HasCarer"), StringComparison.Ordinal);
        Assert.Contains("checked", ElementWithId(html, "HasCarer-2"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkboxes_tick_the_models_values_and_mark_the_exclusive_item()
    {
        var viewContext = ViewContext(new PaymentForm { SupportNeeds = ["agency", "respite"] });
        var helper = new GovUkCheckboxesTagHelper(Generator)
        {
            ViewContext = viewContext,
            For = For(viewContext, (PaymentForm m) => m.SupportNeeds),
            Legend = "What is the payment for?",
            Hint = "Select all that apply.",
            Items =
            [
                new GovUkChoiceItem("personal-assistant", "A personal assistant"),
                new GovUkChoiceItem("agency", "A home care agency"),
                new GovUkChoiceItem("respite", "Short breaks"),
                GovUkChoiceItem.Divider(),
                new GovUkChoiceItem("none", "None of these") { Exclusive = true },
            ],
        };

        var html = await RenderAsync(helper, "govuk-checkboxes");

        Assert.Contains("<div class=\"govuk-checkboxes\" data-module=\"govuk-checkboxes\">", html, StringComparison.Ordinal);
        Assert.Contains("<fieldset aria-describedby=\"SupportNeeds-hint\" class=\"govuk-fieldset\">", html, StringComparison.Ordinal);
        var first = ElementWithId(html, "SupportNeeds");
        Assert.Contains("type=\"checkbox\"", first, StringComparison.Ordinal);
        Assert.Contains("name=\"SupportNeeds\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", first, StringComparison.Ordinal);
        Assert.Contains("checked", ElementWithId(html, "SupportNeeds-2"), StringComparison.Ordinal);
        Assert.Contains("checked", ElementWithId(html, "SupportNeeds-3"), StringComparison.Ordinal);
        var none = ElementWithId(html, "SupportNeeds-4");
        Assert.Contains("data-behaviour=\"exclusive\"", none, StringComparison.Ordinal);
        Assert.DoesNotContain("checked", none, StringComparison.Ordinal);
        Assert.Contains("<div class=\"govuk-checkboxes__divider\">or</div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checkboxes_keep_the_posted_answers_after_an_error()
    {
        var modelState = new ModelStateDictionary();
        modelState.SetModelValue("SupportNeeds", new[] { "personal-assistant", "respite" }, "personal-assistant,respite");
        modelState.AddModelError("SupportNeeds", "Select no more than 2");
        var viewContext = ViewContext(new PaymentForm(), modelState);
        var helper = new GovUkCheckboxesTagHelper(Generator)
        {
            ViewContext = viewContext,
            For = For(viewContext, (PaymentForm m) => m.SupportNeeds),
            Items =
            [
                new SelectListItem("A personal assistant", "personal-assistant"),
                new SelectListItem("A home care agency", "agency"),
                new SelectListItem("Short breaks", "respite"),
            ],
        };

        var html = await RenderAsync(helper, "govuk-checkboxes");

        Assert.Contains("checked", ElementWithId(html, "SupportNeeds"), StringComparison.Ordinal);
        Assert.DoesNotContain("checked", ElementWithId(html, "SupportNeeds-2"), StringComparison.Ordinal);
        Assert.Contains("checked", ElementWithId(html, "SupportNeeds-3"), StringComparison.Ordinal);
        Assert.Contains("govuk-form-group--error", html, StringComparison.Ordinal);
        Assert.Contains("<legend class=\"govuk-fieldset__legend\">Support needs</legend>", html, StringComparison.Ordinal);
    }
}

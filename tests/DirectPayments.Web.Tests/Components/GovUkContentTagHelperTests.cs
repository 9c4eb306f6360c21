using DirectPayments.Web.Components;
using static DirectPayments.Web.Tests.Components.TagHelperHarness;

namespace DirectPayments.Web.Tests.Components;

public sealed class GovUkContentTagHelperTests
{
    [Fact]
    public async Task Summary_list_rows_with_and_without_change_links()
    {
        var html = await RenderAsync(
            new GovUkSummaryListTagHelper(),
            "govuk-summary-list",
            children: async items =>
                await Row(items, new GovUkSummaryRowTagHelper { Key = "Full name", Value = "Sam & Jo", ChangeHref = "/apply/name" })
                + await Row(items, new GovUkSummaryRowTagHelper { Key = "Address" }, "1 High Street<br>Anytown")
                + await Row(items, new GovUkSummaryRowTagHelper { Key = "NHS number", Value = "485 777 3456", ChangeHref = "/apply/nhs", ChangeText = "Edit" }));

        Assert.StartsWith("<dl class=\"govuk-summary-list\">", html, StringComparison.Ordinal);
        Assert.Contains(
            "<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">Full name</dt><dd class=\"govuk-summary-list__value\">Sam &amp; Jo</dd>"
            + "<dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\" href=\"/apply/name\">Change<span class=\"govuk-visually-hidden\"> full name</span></a></dd></div>",
            html,
            StringComparison.Ordinal);
        Assert.Contains(
            "<div class=\"govuk-summary-list__row govuk-summary-list__row--no-actions\"><dt class=\"govuk-summary-list__key\">Address</dt><dd class=\"govuk-summary-list__value\">1 High Street<br>Anytown</dd></div>",
            html,
            StringComparison.Ordinal);
        Assert.Contains("Edit<span class=\"govuk-visually-hidden\"> NHS number</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summary_list_as_a_card()
    {
        var helper = new GovUkSummaryListTagHelper { CardTitle = "Personal assistant" };

        var html = await RenderAsync(
            helper,
            "govuk-summary-list",
            children: items => Row(items, new GovUkSummaryRowTagHelper { Key = "Name", Value = "Sam", ChangeHref = "#" }));

        Assert.StartsWith(
            "<div class=\"govuk-summary-card\"><div class=\"govuk-summary-card__title-wrapper\"><h2 class=\"govuk-summary-card__title\">Personal assistant</h2></div><div class=\"govuk-summary-card__content\"><dl class=\"govuk-summary-list\">",
            html,
            StringComparison.Ordinal);
        Assert.Contains("<span class=\"govuk-visually-hidden\"> name (Personal assistant)</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Button_submits_by_default_with_its_variants()
    {
        var html = await RenderAsync(
            new GovUkButtonTagHelper(),
            "govuk-button",
            Flags("secondary", "prevent-double-click"),
            childContent: "Save and continue");

        Assert.StartsWith("<button ", html, StringComparison.Ordinal);
        Assert.EndsWith(">Save and continue</button>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-button govuk-button--secondary\"", html, StringComparison.Ordinal);
        Assert.Contains("type=\"submit\"", html, StringComparison.Ordinal);
        Assert.Contains("data-prevent-double-click=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("data-module=\"govuk-button\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Button_with_href_is_a_link_and_false_turns_a_flag_off()
    {
        var html = await RenderAsync(
            new GovUkButtonTagHelper { Href = "/apply" },
            "govuk-button",
            Attributes(("warning", "false"), ("id", "start")),
            childContent: "Apply");

        Assert.StartsWith("<a id=\"start\" ", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/apply\"", html, StringComparison.Ordinal);
        Assert.Contains("role=\"button\"", html, StringComparison.Ordinal);
        Assert.Contains("draggable=\"false\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"govuk-button\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("warning", html, StringComparison.Ordinal);
        Assert.DoesNotContain("type=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_button_has_the_arrow()
    {
        var html = await RenderAsync(new GovUkButtonTagHelper { Href = "/" }, "govuk-button", Flags("start"), childContent: "Start now");

        Assert.Contains("class=\"govuk-button govuk-button--start\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"govuk-button__start-icon\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("green", "govuk-tag govuk-tag--green")]
    [InlineData("Grey", "govuk-tag govuk-tag--grey")]
    [InlineData("blue", "govuk-tag")]
    [InlineData(null, "govuk-tag")]
    public async Task Tag_colours(string? colour, string classes)
    {
        var html = await RenderAsync(new GovUkTagTagHelper { Colour = colour }, "govuk-tag", childContent: "Approved");

        Assert.Equal($"<strong class=\"{classes}\">Approved</strong>", html);
    }

    [Fact]
    public async Task Tag_colour_must_be_a_govuk_colour() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => RenderAsync(new GovUkTagTagHelper { Colour = "gold" }, "govuk-tag"));

    [Fact]
    public async Task Notification_banner_success_is_an_alert_titled_success()
    {
        var html = await RenderAsync(
            new GovUkNotificationBannerTagHelper { Type = "success", Heading = "Payment details updated" },
            "govuk-notification-banner",
            childContent: "<p class=\"govuk-body\">We have told your bank.</p>");

        Assert.Equal(
            "<div class=\"govuk-notification-banner govuk-notification-banner--success\" role=\"alert\" aria-labelledby=\"govuk-notification-banner-title\" data-module=\"govuk-notification-banner\">"
            + "<div class=\"govuk-notification-banner__header\"><h2 class=\"govuk-notification-banner__title\" id=\"govuk-notification-banner-title\">Success</h2></div>"
            + "<div class=\"govuk-notification-banner__content\"><p class=\"govuk-notification-banner__heading\">Payment details updated</p><p class=\"govuk-body\">We have told your bank.</p></div></div>",
            html);
    }

    [Fact]
    public async Task Notification_banner_important_is_a_region()
    {
        var html = await RenderAsync(new GovUkNotificationBannerTagHelper { Title = "Your review is due" }, "govuk-notification-banner", childContent: "Text");

        Assert.Contains("role=\"region\"", html, StringComparison.Ordinal);
        Assert.Contains(">Your review is due</h2>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("--success", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Back_link_says_back_unless_told_otherwise()
    {
        Assert.Equal(
            "<a href=\"/payments\" class=\"govuk-back-link\">Back</a>",
            await RenderAsync(new GovUkBackLinkTagHelper { Href = "/payments" }, "govuk-back-link"));
        Assert.Equal(
            "<a href=\"/\" class=\"govuk-back-link\">Back to your payments</a>",
            await RenderAsync(new GovUkBackLinkTagHelper { Href = "/" }, "govuk-back-link", childContent: "Back to your payments"));
    }

    [Fact]
    public async Task Panel_inset_warning_and_details()
    {
        Assert.Equal(
            "<div class=\"govuk-panel govuk-panel--confirmation\"><h1 class=\"govuk-panel__title\">Application complete</h1><div class=\"govuk-panel__body\">Your reference<br><strong>DP-1</strong></div></div>",
            await RenderAsync(new GovUkPanelTagHelper { Title = "Application complete" }, "govuk-panel", childContent: "Your reference<br><strong>DP-1</strong>"));
        Assert.Equal(
            "<div class=\"govuk-inset-text\">It can take 8 weeks.</div>",
            await RenderAsync(new GovUkInsetTextTagHelper(), "govuk-inset-text", childContent: "It can take 8 weeks."));
        Assert.Equal(
            "<div class=\"govuk-warning-text\"><span aria-hidden=\"true\" class=\"govuk-warning-text__icon\">!</span><strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span> Tell us about changes.</strong></div>",
            await RenderAsync(new GovUkWarningTextTagHelper(), "govuk-warning-text", childContent: "Tell us about changes."));
        Assert.Equal(
            "<details class=\"govuk-details\" open><summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">Help</span></summary><div class=\"govuk-details__text\">Call us.</div></details>",
            await RenderAsync(new GovUkDetailsTagHelper { Summary = "Help" }, "govuk-details", Flags("open"), childContent: "Call us."));
    }

    [Fact]
    public async Task Nav_item_marks_the_current_page_and_section()
    {
        var current = await RenderAsync(
            new GovUkNavItemTagHelper { Href = "/payments", ViewContext = ViewContext(new PaymentForm(), path: "/payments") },
            "govuk-nav-item",
            childContent: "Payments");
        var section = await RenderAsync(
            new GovUkNavItemTagHelper { Href = "/payments", ViewContext = ViewContext(new PaymentForm(), path: "/payments/42") },
            "govuk-nav-item",
            childContent: "Payments");
        var other = await RenderAsync(
            new GovUkNavItemTagHelper { Href = "/reviews", ViewContext = ViewContext(new PaymentForm(), path: "/payments") },
            "govuk-nav-item",
            childContent: "Reviews");

        Assert.Equal(
            "<li class=\"govuk-service-navigation__item govuk-service-navigation__item--active\"><a aria-current=\"page\" class=\"govuk-service-navigation__link\" href=\"/payments\"><strong class=\"govuk-service-navigation__active-fallback\">Payments</strong></a></li>",
            current);
        Assert.Contains("aria-current=\"true\"", section, StringComparison.Ordinal);
        Assert.Equal(
            "<li class=\"govuk-service-navigation__item\"><a class=\"govuk-service-navigation__link\" href=\"/reviews\">Reviews</a></li>",
            other);
    }

    [Fact]
    public async Task Table_gives_its_rows_and_cells_the_govuk_classes()
    {
        var items = new Dictionary<object, object>();
        var table = await RenderAsync(
            new GovUkTableTagHelper { Caption = "Payments", CaptionClass = "govuk-table__caption--m" },
            "govuk-table",
            items: items,
            children: async tableItems =>
            {
                var head = await RenderAsync(
                    new GovUkTableSectionTagHelper(),
                    "thead",
                    items: new Dictionary<object, object>(tableItems),
                    children: async headItems =>
                        await RenderAsync(new GovUkTableCellTagHelper(), "th", items: new Dictionary<object, object>(headItems), childContent: "Month")
                        + await RenderAsync(new GovUkTableCellTagHelper(), "th", Flags("numeric"), items: new Dictionary<object, object>(headItems), childContent: "Amount"));
                var body = await RenderAsync(
                    new GovUkTableSectionTagHelper(),
                    "tbody",
                    items: new Dictionary<object, object>(tableItems),
                    children: async bodyItems =>
                        await RenderAsync(new GovUkTableCellTagHelper(), "th", items: new Dictionary<object, object>(bodyItems), childContent: "May")
                        + await RenderAsync(new GovUkTableCellTagHelper(), "td", Flags("numeric"), items: new Dictionary<object, object>(bodyItems), childContent: "£85.00"));
                return head + body;
            });

        Assert.Equal(
            "<table class=\"govuk-table app-table--stack\"><caption class=\"govuk-table__caption govuk-table__caption--m\">Payments</caption>"
            + "<thead class=\"govuk-table__head\"><th class=\"govuk-table__header\" scope=\"col\">Month</th><th class=\"govuk-table__header govuk-table__header--numeric\" scope=\"col\">Amount</th></thead>"
            + "<tbody class=\"govuk-table__body\"><th class=\"govuk-table__header\" scope=\"row\" data-label=\"Month\">May</th><td class=\"govuk-table__cell govuk-table__cell--numeric\" data-label=\"Amount\">£85.00</td></tbody></table>",
            table);
    }

    [Fact]
    public async Task Cells_outside_a_govuk_table_are_left_alone()
    {
        var html = await RenderAsync(new GovUkTableCellTagHelper(), "td", Attributes(("class", "mine")), childContent: "x");

        Assert.Equal("<td class=\"mine\">x</td>", html);
    }

    private static async Task<string> Row(IDictionary<object, object> items, GovUkSummaryRowTagHelper row, string content = "") =>
        await RenderAsync(row, "govuk-summary-row", childContent: content, items: items);

    [Fact]
    public async Task A_scrolling_table_can_be_reached_by_keyboard_and_is_named_by_its_caption()
    {
        var html = await RenderAsync(new GovUkTableTagHelper { Caption = "Every change" }, "govuk-table", Flags("scroll"), childContent: "<tbody></tbody>");

        Assert.Contains("<div class=\"app-table-container\" tabindex=\"0\" role=\"region\" aria-label=\"Every change\">", html, StringComparison.Ordinal);
    }
}

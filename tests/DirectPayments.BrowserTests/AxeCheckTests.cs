using DirectPayments.BrowserTests.Support;
using Xunit.Sdk;

namespace DirectPayments.BrowserTests;

/// <summary>The axe check itself: it runs axe in the page (see <see cref="Browser.AssertAccessibleAsync"/>), so it is shown to fail.</summary>
[Collection(SecondBrowserTestGroup.Name)]
public sealed class AxeCheckTests(Browser browser)
{
    [Fact]
    public async Task A_page_with_WCAG_violations_fails_the_check_with_each_one_named()
    {
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("<!doctype html><html><head><title>t</title></head><body><main><img src='x.png'><input type='text'></main></body></html>");

        var failure = await Assert.ThrowsAsync<TrueException>(() => Browser.AssertAccessibleAsync(page));

        Assert.Contains("image-alt (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label (critical)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("html-has-lang (serious)", failure.Message, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}

using System.Net;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Foundation;

public sealed class OperationsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task HealthReady_WithTheDatabaseReachable_ReportsHealthy()
    {
        var client = factory.CreateBrowserlessClient();

        var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var health = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", health.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", health.RootElement.GetProperty("checks").GetProperty("outbox").GetProperty("status").GetString());    }

    [Fact]
    public async Task Readiness_reports_the_job_scheduler_healthy_once_it_has_started()
    {
        var client = factory.CreateBrowserlessClient();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        string? jobs;
        do
        {
            using var response = await client.GetAsync("/health/ready");
            using var health = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            jobs = health.RootElement.GetProperty("checks").GetProperty("jobs").GetProperty("status").GetString();
            if (jobs != "Healthy")
            {
                // Starting: Degraded, never Unhealthy, so the balancer keeps sending pages.
                Assert.Equal("Degraded", jobs);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                await Task.Delay(50);
            }
        }
        while (jobs != "Healthy" && waited.Elapsed < TimeSpan.FromSeconds(30));

        Assert.Equal("Healthy", jobs);
    }

    [Fact]
    public async Task HealthLive_ReportsHealthy()
    {
        var client = factory.CreateBrowserlessClient();

        var response = await client.GetAsync("/health/live");

        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    [InlineData("/health/live")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string url)
    {
        var client = factory.CreateBrowserlessClient();

        var response = await client.GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task UnknownPage_ShowsTheFriendlyNotFoundPage()
    {
        var client = factory.CreateBrowserlessClient();

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal("Page not found", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Theory]
    [InlineData("/accessibility", "Accessibility statement")]
    [InlineData("/privacy", "Privacy notice")]
    public async Task FooterPages_AreOpenToEveryone(string url, string headingStart)
    {
        var client = factory.CreateBrowserlessClient();

        var page = await client.GetDocumentAsync(url);

        Assert.StartsWith(headingStart, page.QuerySelector("h1")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"footer a[href='{url}']"));
    }
}

using System.Net;
using System.Net.Http.Json;
using DirectPayments.Web.IntegrationTests.Estimator;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// Issue 17: behind a council's load balancer every request seems to come from the balancer, over plain HTTP. The
/// portal believes X-Forwarded-For and X-Forwarded-Proto from the proxies it is told of, and from nobody else.
/// </summary>
public sealed class ProxyTests
{
    private const string Proxy = "10.0.0.5";

    [Fact]
    public async Task Behind_a_configured_proxy_each_client_has_a_limit_of_its_own()
    {
        using var factory = new BehindProxyFactory { Proxies = [Proxy] };
        var client = factory.CreateClient();

        await EstimateAsync(client, from: Proxy, forwardedFor: "203.0.113.1");
        var other = await EstimateAsync(client, from: Proxy, forwardedFor: "203.0.113.2");

        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task With_no_proxy_configured_a_forwarded_address_is_not_believed()
    {
        using var factory = new BehindProxyFactory();
        var client = factory.CreateClient();

        await EstimateAsync(client, from: Proxy, forwardedFor: "203.0.113.1");
        var other = await EstimateAsync(client, from: Proxy, forwardedFor: "203.0.113.2");

        Assert.Equal(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task A_forwarded_address_from_a_machine_that_is_not_the_proxy_is_not_believed()
    {
        using var factory = new BehindProxyFactory { Proxies = [Proxy] };
        var client = factory.CreateClient();

        await EstimateAsync(client, from: "198.51.100.9", forwardedFor: "203.0.113.1");
        var other = await EstimateAsync(client, from: "198.51.100.9", forwardedFor: "203.0.113.2");

        Assert.Equal(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task A_request_the_proxy_says_came_over_https_is_answered_as_https()
    {
        using var factory = new BehindProxyFactory { Proxies = [Proxy] };
        var client = factory.CreateClient(new() { BaseAddress = new Uri("http://portal.council.example") });

        var response = await client.SendAsync(Get("/", from: Proxy, proto: "https"));

        Assert.True(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Https_claimed_by_a_machine_that_is_not_the_proxy_is_not_believed()
    {
        using var factory = new BehindProxyFactory { Proxies = [Proxy] };
        var client = factory.CreateClient(new() { BaseAddress = new Uri("http://portal.council.example") });

        var response = await client.SendAsync(Get("/", from: "198.51.100.9", proto: "https"));

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Outside_development_cookies_are_secure_even_over_plain_http()
    {
        using var factory = new BehindProxyFactory();
        var client = factory.CreateClient(new() { BaseAddress = new Uri("http://portal.council.example") });

        var response = await client.GetAsync("/account/sign-in");

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_proxy_address_that_is_not_an_address_stops_the_portal_at_start()
    {
        using var factory = new BehindProxyFactory { Proxies = ["10.0.0.five"] };

        var refused = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("ForwardedHeaders:KnownProxies", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> EstimateAsync(HttpClient client, string from, string forwardedFor)
    {
        using var request = Get("/api/v1/contribution-estimates", from);
        request.Method = HttpMethod.Post;
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Content = JsonContent.Create(WorkedExamplesThroughApiTests.RequestFor(WorkedExamplesThroughApiTests.Vector("V01")));
        return await client.SendAsync(request);
    }

    private static HttpRequestMessage Get(string path, string from, string? proto = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ClientAddressFromHeader.Header, from);
        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
        }

        return request;
    }

    /// <summary>A portal with a one-a-minute estimator limit, told of <see cref="Proxies"/>.</summary>
    private sealed class BehindProxyFactory : PortalFactory
    {
        public string[] Proxies { get; init; } = [];

        protected override int EstimatorRequestsPerMinute => 1;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            for (var i = 0; i < Proxies.Length; i++)
            {
                builder.UseSetting($"ForwardedHeaders:KnownProxies:{i}", Proxies[i]);
            }

            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        }
    }
}

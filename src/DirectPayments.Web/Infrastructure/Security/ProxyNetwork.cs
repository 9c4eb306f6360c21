using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace DirectPayments.Web.Infrastructure.Security;

/// <summary>
/// The "ForwardedHeaders" configuration section: the council's reverse proxies or load balancers, whose
/// X-Forwarded-For and X-Forwarded-Proto the portal believes. Nothing is trusted unless listed, so that nobody can
/// claim another client's address (and so another's rate limit) or pretend a plain request came over TLS.
/// </summary>
public sealed class ProxyNetworkOptions
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Addresses of the proxies themselves (for example "10.0.0.5").</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, in CIDR form (for example "10.0.0.0/24").</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to believe: one for a load balancer in front of the portal.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool Configured => KnownProxies.Any(p => !string.IsNullOrWhiteSpace(p)) || KnownNetworks.Any(n => !string.IsNullOrWhiteSpace(n));

    /// <summary>What is wrong with the settings, if anything (shown when the portal refuses to start).</summary>
    public string? Problem()
    {
        var badProxy = KnownProxies.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p) && !IPAddress.TryParse(p.Trim(), out _));
        if (badProxy is not null)
        {
            return $"{SectionName}:{nameof(KnownProxies)} has \"{badProxy}\", which is not an IP address";
        }

        var badNetwork = KnownNetworks.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n) && !IPNetwork.TryParse(n.Trim(), out _));
        if (badNetwork is not null)
        {
            return $"{SectionName}:{nameof(KnownNetworks)} has \"{badNetwork}\", which is not a network in CIDR form (like 10.0.0.0/24)";
        }

        return ForwardLimit is < 1 or > 10 ? $"{SectionName}:{nameof(ForwardLimit)} must be between 1 and 10" : null;
    }

    /// <summary>The middleware's options: only the proxies listed here, none of its loopback defaults.</summary>
    public ForwardedHeadersOptions ToMiddlewareOptions()
    {
        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = ForwardLimit,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in KnownProxies.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
        }

        foreach (var network in KnownNetworks.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            options.KnownIPNetworks.Add(IPNetwork.Parse(network.Trim()));
        }

        return options;
    }
}

public static class ProxyNetwork
{
    /// <summary>Reads and checks the proxies at start: a typo in an address stops the portal rather than trusting nobody quietly.</summary>
    public static ProxyNetworkOptions Read(IConfiguration configuration)
    {
        var options = configuration.GetSection(ProxyNetworkOptions.SectionName).Get<ProxyNetworkOptions>() ?? new ProxyNetworkOptions();
        return options.Problem() is { } problem ? throw new InvalidOperationException(problem) : options;
    }

    /// <summary>
    /// First in the pipeline, so that everything after it (HTTPS redirection, HSTS, Secure cookies, the rate limits and
    /// sign-in throttle by client, the logs) sees the real client and scheme. With no proxy configured, no forwarded
    /// header is believed at all.
    /// </summary>
    public static IApplicationBuilder UseCouncilProxies(this IApplicationBuilder app, ProxyNetworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Configured ? app.UseForwardedHeaders(options.ToMiddlewareOptions()) : app;
    }
}

using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DirectPayments.Infrastructure.Seeding;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.ClusterTests.Support;

/// <summary>
/// One request as the cluster answered it: which instance (nginx's word), under which W3C trace id, and the answer's
/// place among every answer nginx gave this test run (whichever browser asked).
/// </summary>
public sealed record Served(string Method, string Path, HttpStatusCode Status, string Instance, string TraceId, long Order = 0);

/// <summary>
/// A browser without JavaScript, talking https to nginx as <see cref="Cluster.Host"/>: its own cookies, redirects seen
/// (and followed one request at a time), real forms with their anti-forgery tokens. Every request carries a
/// <c>traceparent</c> of its own, which the portal continues and logs, so a request can be found in an instance's log.
/// </summary>
public sealed class ClusterClient : IDisposable
{
    private readonly Cluster cluster;
    private readonly HttpClient http;
    private readonly List<Served> served = [];

    internal ClusterClient(Cluster cluster)
    {
        this.cluster = cluster;
        var trusted = cluster.TlsCertificate!.Thumbprint;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = new CookieContainer(),
            // portal.test is nginx on loopback, as the council's name would be its load balancer.
            ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(IPAddress.Loopback, cluster.NginxPort, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
            // The one self-signed certificate the cluster made for nginx, and no other.
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate is not null && certificate.GetCertHashString() == trusted,
            },
        };
        http = new HttpClient(handler) { BaseAddress = new Uri($"https://{Cluster.Host}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Every request this browser sent, in order, with the instance that answered it.</summary>
    public IReadOnlyList<Served> Requests => served;

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("traceparent", $"00-{traceId}-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()[..8])}-01");
        var response = await http.SendAsync(request);
        var (instance, order) = cluster.Served(response);
        served.Add(new Served(method.Method, new Uri(http.BaseAddress!, path).AbsolutePath, response.StatusCode, instance, traceId, order));
        return response;
    }

    /// <summary>
    /// Sends the request so that <paramref name="instance"/> answers it: nginx deals requests in turn, so when the last
    /// answer came from that instance one request nobody sees passes the turn first. Checks nginx sent it there.
    /// </summary>
    public async Task<HttpResponseMessage> OnAsync(string instance, Func<ClusterClient, Task<HttpResponseMessage>> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        if (cluster.LastServedBy == instance)
        {
            await cluster.PassTurnAsync();
        }

        var response = await send(this);
        Assert.Equal(instance, served[^1].Instance);
        return response;
    }

    /// <summary>The page at <paramref name="path"/>, which must answer 200 (not a redirect to sign in).</summary>
    public async Task<IDocument> PageAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode} {response.Headers.Location} from instance {served[^1].Instance}");
        return await ParseAsync(response);
    }

    /// <summary>Follows redirects, one request each, to the page they end at.</summary>
    public async Task<IDocument> FollowAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        for (var hops = 0; hops < 5 && Location(response) is { } location; hops++)
        {
            response.Dispose();
            response = await SendAsync(HttpMethod.Get, location);
        }

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage?.RequestUri} answered {(int)response.StatusCode} from instance {served[^1].Instance}");
        return await ParseAsync(response);
    }

    /// <summary>As a browser sends the form: its hidden fields (the anti-forgery token among them) as they are, then the given fields.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(IDocument page, IEnumerable<KeyValuePair<string, string>> fields, string formSelector = "main form")
    {
        ArgumentNullException.ThrowIfNull(page);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form matching '{formSelector}' on {page.Url}");
        var given = fields.ToList();
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Where(hidden => !given.Exists(f => f.Key == hidden.Name))
            .Select(hidden => new KeyValuePair<string, string>(hidden.Name!, hidden.Value))
            .Concat(given)
            .ToList();
        var action = form.GetAttribute("action") is { Length: > 0 } relative ? new Uri(new Uri(page.Url), relative) : new Uri(page.Url);
        using var content = new FormUrlEncodedContent(values);
        return await SendAsync(HttpMethod.Post, action.PathAndQuery, content);
    }

    /// <summary>
    /// Signs in through the real form: the password, then for staff the code their authenticator app would show (ADR 20),
    /// worked out from the demo staff's key with the real clock, one not used before. Ends on the page signing in leads to.
    /// </summary>
    public async Task<IDocument> SignInAsync(string email)
    {
        var form = await PageAsync("/account/sign-in");
        var response = await SubmitAsync(form, [new("Email", email), new("Password", DemoDataSeeder.Password)]);
        if (Location(response) is { } location && location.StartsWith("/account/authenticator-code", StringComparison.Ordinal))
        {
            response.Dispose();
            var codePage = await PageAsync(location);
            var code = await Totp.UnusedAsync($"cluster {email}", DemoDataSeeder.StaffAuthenticatorKey);
            response = await SubmitAsync(codePage, [new("Code", code)]);
        }

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Signing in as {email} answered {(int)response.StatusCode}, not a redirect: {await response.Content.ReadAsStringAsync()}");
        return await FollowAsync(response);
    }

    public static string? Location(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.Location is { } location ? (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString) : null;
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public void Dispose() => http.Dispose();
}

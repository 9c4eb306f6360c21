using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>
/// GOV.UK Notify's e-mail endpoint as its API documents it, on loopback (Notify itself cannot be reached here): it
/// checks the client's JSON Web Token against the service's secret, as Notify does, keeps each e-mail asked for and
/// answers 201 with the body Notify sends back.
/// </summary>
internal sealed class NotifyStandIn : IAsyncDisposable
{
    public static readonly Guid ServiceId = Guid.Parse("26785a09-ab16-4eb0-8407-a37497a57506");
    public static readonly Guid Secret = Guid.Parse("3d844edf-8d35-48ac-975b-e847b4f122b0");

    private readonly WebApplication app;

    private NotifyStandIn(WebApplication app) => this.app = app;

    /// <summary>An API key in Notify's form: a name, then the service's id, then its secret.</summary>
    public static string ApiKey => $"directpayments_test-{ServiceId}-{Secret}";

    public string BaseUrl => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();

    public ConcurrentQueue<JsonElement> Received { get; } = new();

    /// <summary>The text messages Notify was asked to send.</summary>
    public ConcurrentQueue<JsonElement> Texts { get; } = new();

    public static async Task<NotifyStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new NotifyStandIn(app);
        app.MapPost("/v2/notifications/email", async (HttpContext context) =>
        {
            if (!Authorised(context.Request.Headers.Authorization.ToString()))
            {
                return Results.Json(new { status_code = 403, errors = new[] { new { error = "AuthError", message = "Invalid token" } } }, statusCode: 403);
            }

            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            var request = body.RootElement.Clone();
            standIn.Received.Enqueue(request);
            var id = Guid.NewGuid();
            return Results.Json(new
            {
                id,
                reference = (string?)null,
                content = new { body = request.GetProperty("personalisation").GetProperty("body").GetString(), subject = request.GetProperty("personalisation").GetProperty("subject").GetString(), from_email = "direct.payments@notifications.service.gov.uk" },
                uri = $"https://api.notifications.service.gov.uk/v2/notifications/{id}",
                template = new { id = request.GetProperty("template_id").GetString(), version = 1, uri = "https://api.notifications.service.gov.uk/v2/templates" },
            }, statusCode: 201);
        });
        app.MapPost("/v2/notifications/sms", async (HttpContext context) =>
        {
            if (!Authorised(context.Request.Headers.Authorization.ToString()))
            {
                return Results.Json(new { status_code = 403, errors = new[] { new { error = "AuthError", message = "Invalid token" } } }, statusCode: 403);
            }

            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            var request = body.RootElement.Clone();
            standIn.Texts.Enqueue(request);
            var id = Guid.NewGuid();
            return Results.Json(new
            {
                id,
                reference = (string?)null,
                content = new { body = request.GetProperty("personalisation").GetProperty("body").GetString(), from_number = "ANYTOWN" },
                uri = $"https://api.notifications.service.gov.uk/v2/notifications/{id}",
                template = new { id = request.GetProperty("template_id").GetString(), version = 1, uri = "https://api.notifications.service.gov.uk/v2/templates" },
            }, statusCode: 201);
        });
        await app.StartAsync();
        return standIn;
    }

    /// <summary>A Bearer token signed HS256 with the secret, issued by the service, as Notify requires.</summary>
    private static bool Authorised(string header)
    {
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = header["Bearer ".Length..].Split('.');
        if (parts.Length != 3)
        {
            return false;
        }

        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret.ToString()), Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"));
        using var payload = JsonDocument.Parse(Base64Url(parts[1]));
        return CryptographicOperations.FixedTimeEquals(signature, Base64Url(parts[2]))
            && payload.RootElement.GetProperty("iss").GetString() == ServiceId.ToString();
    }

    private static byte[] Base64Url(string text) => Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/').PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

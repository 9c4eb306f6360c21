using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace DirectPayments.Web.IntegrationTests.Foundation;

/// <summary>What an operations team reads when several instances serve one council: whose log line, which request, what is waiting.</summary>
public sealed class ObservabilityTests
{
    [Fact]
    public async Task A_requests_log_lines_carry_the_instance_and_the_trace_id_the_load_balancer_sent()
    {
        var lines = new Lines();
        using var factory = new PortalFactory();
        using var portal = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Instance:Name", "portal-b");
            builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
            builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(lines));
        });
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = PortalFactory.Https });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/accessibility");
        request.Headers.Add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");

        using var response = await client.SendAsync(request);

        // The request's line is written as the response completes, which the test client may see a moment before.
        var logged = await lines.WaitForAsync(e => e.MessageTemplate.Text.StartsWith("HTTP", StringComparison.Ordinal) && e.Properties["RequestPath"].ToString() == "\"/accessibility\"");
        Assert.Equal("\"portal-b\"", logged.Properties["Instance"].ToString());
        Assert.NotNull(portal.Services.GetService<Serilog.ILogger>()); // the host's own logger writes the request's line
        Assert.Equal("4bf92f3577b34da6a3ce929d0e0e4736", logged.TraceId?.ToHexString());
    }

    [Fact]
    public async Task A_message_waiting_too_long_to_be_sent_makes_the_instance_degraded_but_keeps_it_serving()
    {
        using var factory = new MailFactory();
        using var client = factory.CreateBrowserlessClient();
        await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "citizen@example.org" });
        factory.Clock.Advance(TimeSpan.FromMinutes(16));

        using var response = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var outbox = health.RootElement.GetProperty("checks").GetProperty("outbox");
        Assert.Equal("Degraded", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(1, outbox.GetProperty("data").GetProperty("overdue").GetInt32());
        Assert.Contains("1 messages waiting more than 15 minutes", outbox.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_sent_in_time_leaves_the_instance_healthy()
    {
        using var factory = new MailFactory();
        using var client = factory.CreateBrowserlessClient();
        await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = "citizen@example.org" });
        await factory.SendOutboxAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(16));

        using var response = await client.GetAsync("/health/ready");

        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", health.RootElement.GetProperty("status").GetString());
    }

    private sealed class Lines : ILogEventSink
    {
        public ConcurrentQueue<LogEvent> Events { get; } = new();

        public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);

        public async Task<LogEvent> WaitForAsync(Func<LogEvent, bool> match)
        {
            for (var waited = 0; waited < 100; waited++)
            {
                if (Events.FirstOrDefault(match) is { } found)
                {
                    return found;
                }

                await Task.Delay(50);
            }

            throw new Xunit.Sdk.XunitException("No such line was logged within 5 seconds.");
        }
    }
}

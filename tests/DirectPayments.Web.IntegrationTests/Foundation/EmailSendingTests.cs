using DirectPayments.Application.Common.Outbox;
using DirectPayments.Infrastructure.Outbox;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Foundation;

/// <summary>
/// What the outbox holds leaves through the sender the council configured: its SMTP relay (MailKit) or GOV.UK Notify
/// (its official client), each met here by a stand-in on loopback.
/// </summary>
public sealed class EmailSendingTests
{
    private const string Citizen = "citizen@example.org";
    private static readonly string TemplateId = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    [Fact]
    public async Task A_message_is_delivered_through_the_councils_smtp_relay()
    {
        await using var relay = new SmtpStandIn();
        using var factory = new PortalFactory();
        using var portal = With(factory, ("Email:Mode", "Smtp"), ("Email:SmtpHost", "127.0.0.1"), ("Email:SmtpPort", $"{relay.Port}"), ("Email:SmtpSecurity", "None"));

        await AskToResetPasswordAsync(portal);
        await portal.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

        var (to, data) = Assert.Single(relay.Received);
        Assert.Equal([Citizen], to);
        Assert.Contains("Subject: Reset your password", data, StringComparison.Ordinal);
        Assert.Contains("/account/reset-password", data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_is_delivered_through_gov_uk_notify_into_the_councils_template()
    {
        await using var notify = await NotifyStandIn.StartAsync();
        using var factory = new PortalFactory();
        using var portal = WithNotify(factory, notify, NotifyStandIn.ApiKey);

        await AskToResetPasswordAsync(portal);
        await portal.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

        var sent = Assert.Single(notify.Received);
        Assert.Equal(Citizen, sent.GetProperty("email_address").GetString());
        Assert.Equal(TemplateId, sent.GetProperty("template_id").GetString());
        Assert.Equal("Reset your password", sent.GetProperty("personalisation").GetProperty("subject").GetString());
        Assert.Contains("/account/reset-password", sent.GetProperty("personalisation").GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_notify_refuses_stays_in_the_outbox_to_be_tried_again()
    {
        await using var notify = await NotifyStandIn.StartAsync();
        using var factory = new PortalFactory();
        using var portal = WithNotify(factory, notify, $"directpayments_test-{NotifyStandIn.ServiceId}-{Guid.NewGuid()}");

        await AskToResetPasswordAsync(portal);
        await portal.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

        using var scope = portal.Services.CreateScope();
        var message = await scope.ServiceProvider.GetRequiredService<DirectPayments.Infrastructure.Data.DirectPaymentsDbContext>()
            .Set<OutboxMessage>().SingleAsync(m => m.Kind == OutboxMessage.ResetPassword);
        Assert.Empty(notify.Received);
        Assert.Null(message.SentAt);
        Assert.Equal(1, message.Attempts);
        Assert.True(message.NextAttemptAt > factory.Clock.GetUtcNow());
    }

    [Fact]
    public void Production_does_not_start_with_e_mails_written_to_a_folder()
    {
        // On a database the deployment has migrated, so that only the e-mail settings decide.
        using var migrated = new PortalFactory();
        migrated.CreateClient().Dispose();
        using var factory = new PortalFactory { EnvironmentName = "Production", SharedDataFolder = migrated.DataFolder, SharedPostgresDatabase = migrated.PostgresDatabase };

        var refused = Assert.ThrowsAny<Exception>(() => factory.CreateClient().Dispose());

        Assert.Contains("Email:Mode is Folder", refused.ToString(), StringComparison.Ordinal);
    }

    private static async Task AskToResetPasswordAsync(WebApplicationFactory<Program> portal)
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = PortalFactory.Https });
        await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Email"] = Citizen });
    }

    private static WebApplicationFactory<Program> WithNotify(PortalFactory factory, NotifyStandIn notify, string apiKey) =>
        With(factory, ("Email:Mode", "Notify"), ("Email:Notify:ApiKey", apiKey), ("Email:Notify:TemplateId", TemplateId), ("Email:Notify:BaseUrl", notify.BaseUrl));

    /// <summary>The portal with these settings, and the dispatcher left to the test rather than its background timer.</summary>
    private static WebApplicationFactory<Program> With(PortalFactory factory, params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Outbox:PollSeconds", "3600");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}

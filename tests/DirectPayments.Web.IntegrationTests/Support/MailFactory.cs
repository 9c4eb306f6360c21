using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DirectPayments.Infrastructure.Email;
using DirectPayments.Infrastructure.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DirectPayments.Web.IntegrationTests.Support;

/// <summary>A portal whose e-mail is kept for the test to read, instead of written to the data folder.</summary>
public sealed partial class MailFactory : PortalFactory
{
    public Outgoing Mail { get; } = new();

    /// <summary>Sends what the outbox holds now, as the background dispatcher would a few seconds later.</summary>
    public Task SendOutboxAsync() => Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

    /// <summary>The messages sent to <paramref name="address"/>, oldest first.</summary>
    public IReadOnlyList<EmailMessage> To(string address) =>
        [.. Mail.Sent.Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase))];

    /// <summary>The path and query of the last link to the portal e-mailed to <paramref name="address"/>, whose path starts <paramref name="path"/>.</summary>
    public string LinkTo(string address, string path)
    {
        var links = To(address).SelectMany(m => Link().Matches(m.Body)).Select(m => new Uri(m.Value).PathAndQuery).Where(l => l.StartsWith(path, StringComparison.Ordinal));
        return links.LastOrDefault() ?? throw new InvalidOperationException($"No link to {path} was e-mailed to {address}.");
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);

        // The tests send the outbox when they mean to (SendOutboxAsync), so the background dispatcher barely runs:
        // what a test e-mails, and when, never depends on its timing.
        builder.UseSetting("Outbox:PollSeconds", "3600");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IEmailSender>();
            services.AddSingleton<IEmailSender>(Mail);
        });
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    public sealed class Outgoing : IEmailSender
    {
        public ConcurrentQueue<EmailMessage> Sent { get; } = new();

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
        {
            Sent.Enqueue(message);
            return Task.CompletedTask;
        }
    }
}

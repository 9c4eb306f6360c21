using Microsoft.Extensions.Options;
using Notify.Client;

namespace DirectPayments.Infrastructure.Email;

/// <summary>
/// Sends through GOV.UK Notify with its official client, into one template whose subject is ((subject)) and body
/// ((body)): the words stay in the portal, beside the rest of its words, and Notify only delivers them.
/// </summary>
public sealed class NotifyEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    private readonly NotificationClient client = new(options.Value.Notify.BaseUrl, options.Value.Notify.ApiKey);

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var personalisation = new Dictionary<string, dynamic>
        {
            ["subject"] = message.Subject,
            ["body"] = message.Body,
        };

        // Notify's client takes no cancellation token; a send is one short request.
        await client.SendEmailAsync(message.To, options.Value.Notify.TemplateId, personalisation, clientReference: null, emailReplyToId: null);
    }
}

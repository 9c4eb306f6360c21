using System.Text;
using DirectPayments.Infrastructure.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DirectPayments.Infrastructure.Email;

public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>The one way the portal sends e-mail.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}

/// <summary>
/// The "Email" configuration section. <see cref="Mode"/> chooses the sender: Folder (Development and tests: messages
/// written to the data folder), Smtp (the council's relay, through MailKit) or Notify (GOV.UK Notify). Production
/// refuses to start with the folder or a service address only this machine can open (<see cref="EmailOptionsValidation"/>).
/// </summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public const string FolderMode = "Folder";
    public const string SmtpMode = "Smtp";
    public const string NotifyMode = "Notify";

    public string Mode { get; set; } = FolderMode;

    public string From { get; set; } = "direct.payments@anytown.example";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    /// <summary>StartTls (the default: port 587), SslOnConnect (port 465), or None, which only a relay on this machine may use.</summary>
    public string SmtpSecurity { get; set; } = "StartTls";

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    public NotifyOptions Notify { get; set; } = new();

    /// <summary>The address people open the portal at, for the links in e-mails.</summary>
    public string ServiceUrl { get; set; } = "http://127.0.0.1:5080";
}

/// <summary>GOV.UK Notify: the service's API key and the one e-mail template, whose subject is ((subject)) and body ((body)).</summary>
public sealed class NotifyOptions
{
    public string? ApiKey { get; set; }

    public string? TemplateId { get; set; }

    /// <summary>Notify's API; only a test stand-in changes it.</summary>
    public string BaseUrl { get; set; } = "https://api.notifications.service.gov.uk";
}

/// <summary>Development and tests: each message becomes a .eml file in the data folder's "mail" folder.</summary>
public sealed class FolderEmailSender(IOptions<DatabaseOptions> database, IOptions<EmailOptions> email, IHostEnvironment environment, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = Path.Combine(DependencyInjection.DataFolder(database.Value, environment.ContentRootPath), "mail");
        Directory.CreateDirectory(folder);
        var text = new StringBuilder()
            .Append("From: ").AppendLine(email.Value.From)
            .Append("To: ").AppendLine(message.To)
            .Append("Subject: ").AppendLine(message.Subject)
            .Append("Date: ").AppendLine(clock.GetUtcNow().ToString("R", System.Globalization.CultureInfo.InvariantCulture))
            .AppendLine("Content-Type: text/plain; charset=utf-8")
            .AppendLine()
            .AppendLine(message.Body)
            .ToString();
        await File.WriteAllTextAsync(Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMddHHmmss}-{Guid.NewGuid():N}.eml"), text, cancellationToken);
    }
}

using System.Net.Mail;
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

/// <summary>The "Email" configuration section. Mode Folder writes messages to the data folder instead of sending them.</summary>
public sealed class EmailOptions
{
    public const string SectionName = "Email";

    public string Mode { get; set; } = "Folder";

    public string From { get; set; } = "direct.payments@anytown.example";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string ServiceUrl { get; set; } = "http://127.0.0.1:5080";
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

/// <summary>Production: sends through the council's SMTP relay.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var client = new SmtpClient(options.Value.SmtpHost, options.Value.SmtpPort) { EnableSsl = true };
        using var mail = new MailMessage(options.Value.From, message.To, message.Subject, message.Body);
        await client.SendMailAsync(mail, cancellationToken);
    }
}

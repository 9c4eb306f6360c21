using System.Net.Mail;
using System.Text;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
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

/// <summary>
/// Every notice saved for a case is also e-mailed to the people who act on it, after the save succeeds. The e-mail
/// says only that there is a message and where to read it: nothing about money travels by e-mail.
/// A failure to send is logged; the notice is still on their dashboard.
/// </summary>
public sealed class NoticeMailer(IEmailSender sender, IOptions<EmailOptions> options, ILogger<NoticeMailer> logger) : SaveChangesInterceptor
{
    private readonly List<Notice> _added = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_added.Count > 0 && eventData.Context is { } context)
        {
            var notices = _added.ToList();
            _added.Clear();
            await MailAsync(context, notices, cancellationToken);
        }

        return result;
    }

    private void Collect(DbContext? context)
    {
        if (context is not null)
        {
            _added.AddRange(context.ChangeTracker.Entries<Notice>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));
        }
    }

    private async Task MailAsync(DbContext context, IReadOnlyList<Notice> notices, CancellationToken cancellationToken)
    {
        var caseIds = notices.Select(n => n.CaseId).Distinct().ToList();
        var recipients = await (
            from member in context.Set<CaseMember>()
            join user in context.Set<Identity.ApplicationUser>() on member.UserId equals user.Id
            where caseIds.Contains(member.CaseId) && member.IsActive && user.Email != null
            select new { member.CaseId, user.Email }).ToListAsync(cancellationToken);
        foreach (var notice in notices)
        {
            foreach (var to in recipients.Where(r => r.CaseId == notice.CaseId).Select(r => r.Email!).Distinct())
            {
                try
                {
                    await sender.SendAsync(new EmailMessage(to, notice.Title,
                        $"There is a new message about your care and support: \"{notice.Title}\".\n\n"
                        + $"Sign in to read it: {options.Value.ServiceUrl}/citizen/cases/{notice.CaseId}\n\n"
                        + "This e-mail was sent by the Direct Payments service. Do not reply to it."), cancellationToken);
                }
                catch (Exception e) when (e is SmtpException or IOException or InvalidOperationException)
                {
                    logger.LogWarning(e, "Could not e-mail notice {NoticeId}; it is still on the dashboard", notice.Id);
                }
            }
        }
    }
}

using System.Globalization;
using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Outbox;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DirectPayments.Infrastructure.Outbox;

/// <summary>The "Outbox" configuration section.</summary>
public sealed class OutboxOptions
{
    public const string SectionName = "Outbox";

    /// <summary>How often the dispatcher looks for messages to send.</summary>
    public int PollSeconds { get; set; } = 5;

    /// <summary>How long a dispatcher holds a message it is sending before another may take it over.</summary>
    public int ClaimSeconds { get; set; } = 120;
}

/// <summary>
/// Sends what committed commands left in the outbox: for a letter, an e-mail to each person who acts on the case saying
/// there is a new message and where to read it (nothing about money travels by e-mail), and a text to a person who asked
/// to be contacted by text, each its own message. Each message is claimed before it is sent, so two instances never
/// send the same one; a failure is tried again later, backing off.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<OutboxOptions> options, IOptions<EmailOptions> email, CouncilDetails council,
    ITextMessageSender texts, ILogger<OutboxDispatcher> logger)
{
    private const int Batch = 50;

    /// <summary>
    /// Sends every message that is due now; returns how many were sent. A letter's message becomes one message for each
    /// e-mail and text in the same save, and those are sent in the same call.
    /// </summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var sent = 0;
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DirectPaymentsDbContext>();
        var sender = scope.ServiceProvider.GetRequiredService<IEmailSender>();
        var accountEmails = scope.ServiceProvider.GetRequiredService<AccountEmails>();
        // A second pass sends what the first split letters into; a third is never needed, as nothing splits twice.
        for (var pass = 0; pass < 2; pass++)
        {
            var (done, split) = await DispatchBatchAsync(db, sender, accountEmails, cancellationToken);
            sent += done;
            if (!split)
            {
                break;
            }
        }

        return sent;
    }

    private async Task<(int Sent, bool Split)> DispatchBatchAsync(DirectPaymentsDbContext db, IEmailSender sender, AccountEmails accountEmails, CancellationToken cancellationToken)
    {
        var sent = 0;
        var split = false;
        var now = clock.GetUtcNow();
        var due = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.SentAt == null && m.NextAttemptAt != null && m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.CreatedAt).Select(m => m.Id).Take(Batch).ToListAsync(cancellationToken);
        foreach (var id in due)
        {
            var until = clock.GetUtcNow().AddSeconds(options.Value.ClaimSeconds);
            var claimed = await db.Set<OutboxMessage>()
                .Where(m => m.Id == id && m.SentAt == null && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.ClaimedUntil, until), cancellationToken);
            if (claimed != 1)
            {
                continue;
            }

            var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == id, cancellationToken);
            try
            {
                if (message.Kind == OutboxMessage.NoticeEmail)
                {
                    // Split, not sent: the letter's e-mails and text are saved with this message marked done, at once.
                    db.AddRange(await SplitNoticeAsync(db, message, cancellationToken));
                    split = true;
                }
                else
                {
                    await SendAsync(db, sender, accountEmails, message, cancellationToken);
                    sent++;
                }

                message.Sent(clock.GetUtcNow());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                message.Failed(e.Message, clock.GetUtcNow());
                logger.LogWarning(e, "Could not send outbox message {MessageId} ({Kind}); attempt {Attempts}", message.Id, message.Kind, message.Attempts);
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return (sent, split);
    }

    private async Task SendAsync(DirectPaymentsDbContext db, IEmailSender sender, AccountEmails accountEmails, OutboxMessage message, CancellationToken cancellationToken)
    {
        switch (message.Kind)
        {
            case OutboxMessage.NoticeEmailToMember:
                await EmailMemberAsync(db, sender, message, cancellationToken);
                return;
            case OutboxMessage.NoticeEmailOutsideTheCase:
                await EmailOutsideTheCaseAsync(db, sender, message, cancellationToken);
                return;
            case OutboxMessage.NoticeText:
                await TextIfAskedAsync(db, message, cancellationToken);
                return;
            case OutboxMessage.ConfirmEmail or OutboxMessage.AlreadyRegistered or OutboxMessage.ResetPassword:
                await accountEmails.SendAsync(message, cancellationToken);
                return;
            case OutboxMessage.InvitedToAct:
                await SendInvitationAsync(db, sender, message, cancellationToken);
                return;
            default:
                throw new InvalidOperationException($"No dispatcher knows how to send a {message.Kind} message.");
        }
    }

    private async Task SendInvitationAsync(DirectPaymentsDbContext db, IEmailSender sender, OutboxMessage message, CancellationToken cancellationToken)
    {
        // Withdrawn (or already answered) before it went: nothing to say.
        var invitation = await db.Set<RepresentativeInvitation>().AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == message.SubjectId && i.Status == InvitationStatus.Waiting, cancellationToken);
        if (invitation is null)
        {
            return;
        }

        var service = email.Value.ServiceUrl.TrimEnd('/');
        await sender.SendAsync(new EmailMessage(message.Recipient!, "You have been asked to act for someone",
            "The council's adult social care team has asked you to act for someone they support, managing their direct payment for them.\n\n"
            + $"Sign in to see who, and to accept or decline: {service}/account/sign-in\n\n"
            + $"If you do not have an account, create one with this email address: {service}/account/register\n\n"
            + $"You can answer until {invitation.ExpiresOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}.\n\n"
            + "If you were not expecting this, you do not need to do anything: nobody can act for anyone until the person asked accepts.\n\n"
            + "This e-mail was sent by the Direct Payments service. Do not reply to it."), cancellationToken);
    }

    // Who a letter goes to, as the case stands when it is first dispatched: each person who acts on the case and has an
    // e-mail address, someone outside the case it is addressed to, and a text for a person who asked for texts.
    private async Task<List<OutboxMessage>> SplitNoticeAsync(DirectPaymentsDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var notice = await LetterOfAsync(db, message, cancellationToken);
        if (notice is null)
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var members = await ActiveMembersWithEmail(db, notice.CaseId).Select(u => u.Id).Distinct().ToListAsync(cancellationToken);
        var each = members.Select(id => message.OneOf(OutboxMessage.NoticeEmailToMember, id, now)).ToList();
        if (notice.SendTo is { } outside)
        {
            each.Add(message.OneOf(OutboxMessage.NoticeEmailOutsideTheCase, outside, now));
        }
        else
        {
            each.Add(message.OneOf(OutboxMessage.NoticeText, null, now));
        }

        return each;
    }

    // The letter a message is about; none when it has gone (nothing to tell anyone).
    private static Task<Notice?> LetterOfAsync(DirectPaymentsDbContext db, OutboxMessage message, CancellationToken cancellationToken) =>
        db.Set<Notice>().AsNoTracking().SingleOrDefaultAsync(n => n.Id == message.SubjectId, cancellationToken);

    private static IQueryable<Identity.ApplicationUser> ActiveMembersWithEmail(DirectPaymentsDbContext db, Guid caseId) =>
        from member in db.Set<CaseMember>()
        join user in db.Set<Identity.ApplicationUser>() on member.UserId equals user.Id
        where member.CaseId == caseId && member.IsActive && user.Email != null
        select user;

    private async Task EmailMemberAsync(DirectPaymentsDbContext db, IEmailSender sender, OutboxMessage message, CancellationToken cancellationToken)
    {
        var notice = await LetterOfAsync(db, message, cancellationToken);
        // No longer acting on the case by the time it is sent (or retried): they are not told.
        var to = notice is null ? null : await ActiveMembersWithEmail(db, notice.CaseId).Where(u => u.Id == message.Recipient)
            .Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        if (notice is null || to is null)
        {
            return;
        }

        await sender.SendAsync(new EmailMessage(to, notice.Title,
            $"There is a new message about your care and support: \"{notice.Title}\".\n\n"
            + $"Sign in to read it: {email.Value.ServiceUrl}/citizen/cases/{notice.CaseId}\n\n"
            + "This e-mail was sent by the Direct Payments service. Do not reply to it."), cancellationToken);
    }

    // Someone outside the case (an executor) cannot sign in. Like every e-mail, this one carries no money and no detail:
    // it says there is a letter, and the council sends it to them securely.
    private async Task EmailOutsideTheCaseAsync(DirectPaymentsDbContext db, IEmailSender sender, OutboxMessage message, CancellationToken cancellationToken)
    {
        if (await LetterOfAsync(db, message, cancellationToken) is not { } notice)
        {
            return;
        }

        var reference = await db.Set<CareCase>().AsNoTracking().Where(c => c.Id == notice.CaseId).Select(c => c.Reference).SingleAsync(cancellationToken);
        await sender.SendAsync(new EmailMessage(message.Recipient!, notice.Title,
            $"Dear {notice.AddressedTo},\n\nWe have written a letter for you: \"{notice.Title}\".\n\n"
            + $"The council's adult social care team will send it to you securely. If you have not had it within 5 working days, or have questions, {council.PhoneTheCouncil}, quoting reference {reference}.\n\n"
            + "This e-mail was sent by the Direct Payments service. Do not reply to it."), cancellationToken);
    }

    // The person asked to be contacted by text (Accessible Information Standard): a text says there is a letter, and
    // where it is, like every e-mail without money or detail. The number and the choice are read when it is sent.
    private async Task TextIfAskedAsync(DirectPaymentsDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        if (await LetterOfAsync(db, message, cancellationToken) is not { } notice)
        {
            return;
        }

        var person = await db.Set<CareCase>().AsNoTracking().Where(c => c.Id == notice.CaseId)
            .Select(c => new { c.Reference, c.PreferredContact, c.Phone }).SingleAsync(cancellationToken);
        if (person.PreferredContact != ContactMethod.TextMessage || person.Phone is null || UkMobile.Normalise(person.Phone) is not { } mobile)
        {
            return;
        }

        var readOnline = await ActiveMembersWithEmail(db, notice.CaseId).AnyAsync(cancellationToken);
        await texts.SendAsync(new TextMessage(mobile,
            $"{council.Name}: we have written to you about your care and support: \"{notice.Title}\". "
            + (readOnline ? $"Sign in to read it: {email.Value.ServiceUrl}/citizen/cases/{notice.CaseId} " : "It is in the post. ")
            + $"Questions? {char.ToUpperInvariant(council.PhoneTheCouncil[0])}{council.PhoneTheCouncil[1..]}, quoting {person.Reference}."), cancellationToken);
    }
}

/// <summary>Runs the dispatcher in the background on every instance; claims keep them from sending anything twice.</summary>
public sealed class OutboxBackgroundService(
    OutboxDispatcher dispatcher, OutboxHeartbeat heartbeat, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await dispatcher.DispatchDueAsync(stoppingToken);
                heartbeat.Passed(clock.GetUtcNow());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database that is briefly unreachable must not stop the dispatcher for good.
                logger.LogError(e, "The outbox dispatcher failed; it will try again");
            }
        }
    }
}

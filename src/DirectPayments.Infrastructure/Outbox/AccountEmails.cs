using DirectPayments.Application.Common.Outbox;
using DirectPayments.Infrastructure.Email;
using DirectPayments.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DirectPayments.Infrastructure.Outbox;

/// <summary>
/// The e-mails about a person's own account, sent from the outbox after the request that asked for them has committed.
/// The link's token is made here, when sending, so no token is ever stored; Identity's tokens expire and a used one
/// (a reset changes the account's security stamp) no longer works.
/// </summary>
public sealed class AccountEmails(UserManager<ApplicationUser> users, IEmailSender sender, IOptions<EmailOptions> email, ILogger<AccountEmails> logger)
{
    private const string Signature = "This email was sent by the Direct Payments service. Do not reply to it.";

    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var to = message.Recipient ?? throw new InvalidOperationException($"A {message.Kind} message needs a recipient.");
        var user = message.Kind == OutboxMessage.ResetPassword ? await users.FindByEmailAsync(to) : await users.FindByIdAsync(to);
        if (user?.Email is null)
        {
            // A reset asked for an address with no account: nothing is sent, and the person who asked was told the same
            // as everyone else.
            logger.LogInformation("No account for a {Kind} message; nothing sent", message.Kind);
            return;
        }

        var service = email.Value.ServiceUrl.TrimEnd('/');
        switch (message.Kind)
        {
            case OutboxMessage.ConfirmEmail when !user.EmailConfirmed:
                var confirm = await users.GenerateEmailConfirmationTokenAsync(user);
                await sender.SendAsync(new EmailMessage(user.Email, "Confirm your email address",
                    $"Dear {user.DisplayName},\n\nTo finish creating your Direct Payments account, confirm your email address:\n\n"
                    + $"{service}/account/confirm-email?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(confirm)}\n\n"
                    + "The link works for 24 hours. If you did not create an account, you do not need to do anything: without confirmation the account cannot be used.\n\n"
                    + Signature), cancellationToken);
                return;
            case OutboxMessage.AlreadyRegistered:
                await sender.SendAsync(new EmailMessage(user.Email, "Someone tried to create an account with your email address",
                    $"Dear {user.DisplayName},\n\nSomeone tried to create a Direct Payments account with this email address, which already has one. "
                    + "Nothing was changed.\n\n"
                    + $"If it was you, sign in: {service}/account/sign-in\n\n"
                    + $"If you have forgotten your password, you can reset it: {service}/account/forgot-password\n\n"
                    + "If it was not you, you do not need to do anything.\n\n"
                    + Signature), cancellationToken);
                return;
            case OutboxMessage.ResetPassword:
                var reset = await users.GeneratePasswordResetTokenAsync(user);
                await sender.SendAsync(new EmailMessage(user.Email, "Reset your password",
                    $"Dear {user.DisplayName},\n\nSomeone asked to reset the password of your Direct Payments account. To choose a new password, use this link:\n\n"
                    + $"{service}/account/reset-password?user={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(reset)}\n\n"
                    + "The link works for 24 hours, once. If you did not ask, you do not need to do anything: your password has not changed.\n\n"
                    + Signature), cancellationToken);
                return;
            default:
                // A confirmation for an address confirmed since it was asked for: nothing to do.
                return;
        }
    }
}

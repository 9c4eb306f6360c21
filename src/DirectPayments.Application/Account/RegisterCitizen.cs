using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Outbox;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Account;

/// <summary>What a person gives to make their own account.</summary>
public sealed record CitizenRegistration(string FullName, string Email, string Password);

/// <summary>
/// A person makes their own account, as a citizen: only citizens register themselves; staff accounts are made by an
/// administrator. The account cannot be used until its owner follows the link e-mailed to the address, so nobody can
/// take someone else's address (and with it, once the council records them, someone else's case). When the address
/// already has an account, nothing is made and its owner is told by e-mail instead: the page answers every address in
/// the same words and about the same time, so it does not tell anyone who has an account.
/// </summary>
public sealed class RegisterCitizen(CommandRunner runner, IIdentityAccounts accounts)
{
    public Task<CommandResult> RunAsync(CitizenRegistration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var email = registration.Email.Trim();
        return runner.RunAsync($"A registration was made for {email}", async (work, c) =>
        {
            // The password's rules are answered first, the same for every address.
            var weak = await accounts.CheckNewPasswordAsync(email, registration.Password, c);
            if (weak.Count > 0)
            {
                CommandWork.Refuse(AccountWords.Of(weak, emailInUse: null));
            }

            if (await accounts.FindIdByEmailAsync(email, c) is { } owner)
            {
                accounts.SpendAsLongAsMakingAnAccount(registration.Password);
                work.Add(OutboxMessage.ToSayAlreadyRegistered(owner, work.Now));
                work.Describe("the address already has an account, whose owner is told by e-mail; nothing was made");
                return;
            }

            var created = await accounts.CreateAsync(
                new NewAccount(email, registration.FullName.Trim(), Roles.Citizen, registration.Password, EmailConfirmed: false, MustChangePassword: false), c);
            if (created.UserId is null)
            {
                if (created.Problems.Any(p => p.Kind == AccountProblemKind.EmailInUse))
                {
                    // Registered at the same moment by someone else: one account was made, and this page answers as for
                    // any address that has one.
                    work.Describe("the address was registered at the same moment by another request; nothing more was made");
                    return;
                }

                CommandWork.Refuse(AccountWords.Of(created.Problems, emailInUse: null));
            }

            work.Add(OutboxMessage.ToConfirmEmail(created.UserId, work.Now));
            work.Describe("a citizen account was made, to be confirmed from the link e-mailed to the address");
        }, cancellationToken);
    }
}

/// <summary>Someone follows the link e-mailed to a new account's address, which shows the address is theirs.</summary>
public sealed class ConfirmEmail(CommandRunner runner, IIdentityAccounts accounts)
{
    public const string NotValidMessage = "This link has expired or has already been used";

    public Task<CommandResult> RunAsync(string userId, string token, CancellationToken cancellationToken) =>
        runner.RunAsync("An account's email address was confirmed from the link sent to it", async (work, c) =>
        {
            if (!await accounts.ConfirmEmailAsync(userId, token, c))
            {
                CommandWork.Refuse(NotValidMessage);
            }
        }, cancellationToken);
}

/// <summary>
/// Someone gave the right password for an account whose address is not confirmed: a new link is sent, unless one was
/// sent in the last few minutes (so that nobody can flood the address).
/// </summary>
public sealed class SendNewConfirmationLink(CommandRunner runner)
{
    private static readonly TimeSpan NotMoreOftenThan = TimeSpan.FromMinutes(2);

    public Task<CommandResult> RunAsync(string userId, CancellationToken cancellationToken) =>
        runner.RunAsync("A new link to confirm an account's email address was asked for", async (work, c) =>
        {
            var since = work.Now - NotMoreOftenThan;
            if (await work.Db.Set<OutboxMessage>().AnyAsync(m => m.Kind == OutboxMessage.ConfirmEmail && m.Recipient == userId && m.CreatedAt > since, c))
            {
                work.Describe("one was sent in the last 2 minutes, so no other was sent");
                return;
            }

            work.Add(OutboxMessage.ToConfirmEmail(userId, work.Now));
        }, cancellationToken);
}

/// <summary>
/// Someone asks for a link to reset the password of an address. The page says the same for every address, and does
/// the same work: whether the address has an account is found out only when the e-mail is sent.
/// </summary>
public sealed class AskToResetPassword(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(string email, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        var address = email.Trim();
        return runner.RunAsync($"A link to reset the password was asked for {address}", (work, _) =>
        {
            work.Add(OutboxMessage.ToResetPassword(address, work.Now));
            return Task.CompletedTask;
        }, cancellationToken);
    }
}

/// <summary>Someone sets a new password from the link e-mailed to their address.</summary>
public sealed class ResetPassword(CommandRunner runner, IIdentityAccounts accounts)
{
    public const string NotValidMessage = "This link has expired or has already been used. Ask for a new one";

    public Task<CommandResult> RunAsync(string userId, string token, string newPassword, CancellationToken cancellationToken) =>
        runner.RunAsync("An account's password was reset from the link e-mailed to it", async (work, c) =>
        {
            var problems = await accounts.ResetPasswordAsync(userId, token, newPassword, c);
            if (problems is null)
            {
                CommandWork.Refuse(NotValidMessage);
            }

            if (problems.Count > 0)
            {
                CommandWork.Refuse(AccountWords.Of(problems, emailInUse: null));
            }
        }, cancellationToken);
}

/// <summary>The signed-in person changes their own password (a one-time password must be changed at first sign-in).</summary>
public sealed class ChangeOwnPassword(CommandRunner runner, IIdentityAccounts accounts)
{
    public const string WrongPasswordMessage = "The current password is not correct";

    public Task<CommandResult> RunAsync(string currentPassword, string newPassword, CancellationToken cancellationToken) =>
        runner.RunAsync("changed their password", async (work, c) =>
        {
            var problems = await accounts.ChangePasswordAsync(work.User.UserId, currentPassword, newPassword, c);
            if (problems is null)
            {
                CommandWork.NotFound();
            }

            if (problems.Count > 0)
            {
                CommandWork.Refuse(AccountWords.Of(problems, emailInUse: null));
            }
        }, cancellationToken);
}

/// <summary>What the person reads when the account store refuses: the first problem, in the portal's words.</summary>
internal static class AccountWords
{
    public static string Of(IReadOnlyList<AccountProblem> problems, string? emailInUse)
    {
        var problem = problems.Count > 0 ? problems[0] : new AccountProblem(AccountProblemKind.Other, "The account could not be changed.");
        return problem.Kind switch
        {
            AccountProblemKind.EmailInUse when emailInUse is not null => emailInUse,
            AccountProblemKind.WrongPassword => ChangeOwnPassword.WrongPasswordMessage,
            _ => problem.Description.TrimEnd('.'),
        };
    }
}

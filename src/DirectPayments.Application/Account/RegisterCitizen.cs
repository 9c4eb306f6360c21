using DirectPayments.Application.Common;

namespace DirectPayments.Application.Account;

/// <summary>What a person gives to make their own account.</summary>
public sealed record CitizenRegistration(string FullName, string Email, string Password);

/// <summary>
/// A person makes their own account, as a citizen: only citizens register themselves; staff accounts are made by an
/// administrator. Returns the new account's id, for the page to sign them in.
/// </summary>
public sealed class RegisterCitizen(CommandRunner runner, IIdentityAccounts accounts)
{
    public const string EmailInUseMessage = "An account already exists for this email address. Sign in instead";

    public Task<CommandResult<string>> RunAsync(CitizenRegistration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var email = registration.Email.Trim();
        return runner.RunAsync($"{email} registered a citizen account", async (work, c) =>
        {
            // Someone registering the same address at the same moment: the database's unique index lets one in.
            work.WhenChangedMeanwhile(EmailInUseMessage);
            var created = await accounts.CreateAsync(
                new NewAccount(email, registration.FullName.Trim(), Roles.Citizen, registration.Password, EmailConfirmed: false, MustChangePassword: false), c);
            if (created.UserId is null)
            {
                CommandWork.Refuse(AccountWords.Of(created.Problems, EmailInUseMessage));
            }

            return created.UserId;
        }, cancellationToken);
    }
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

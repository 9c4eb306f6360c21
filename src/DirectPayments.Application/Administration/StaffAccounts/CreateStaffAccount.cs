using System.Security.Cryptography;
using System.Text.Json;
using DirectPayments.Application.Account;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;

namespace DirectPayments.Application.Administration.StaffAccounts;

/// <summary>A member of staff to add: their name, work e-mail address and role.</summary>
public sealed record NewStaffMember(string FullName, string Email, string Role);

/// <summary>The account made, with the one-time password to pass on (shown once, never stored in plain text).</summary>
public sealed record StaffAccountCreated(string Email, string TemporaryPassword);

/// <summary>
/// An administrator adds a case manager, reviewer or administrator. The account, its role and the audit entry belong
/// together: all or nothing. The one-time password must be changed at first sign-in.
/// </summary>
public sealed class CreateStaffAccount(CommandRunner runner, IIdentityAccounts accounts)
{
    public const string EmailInUseMessage = "An account already exists for this email address";

    public Task<CommandResult<StaffAccountCreated>> RunAsync(NewStaffMember member, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (!Roles.Staff.Contains(member.Role))
        {
            return Task.FromResult(CommandResult.Refused("Select the person's role").As<StaffAccountCreated>());
        }

        var email = member.Email.Trim();
        return runner.RunAsync($"created a staff account for {email} as {Roles.DisplayName(member.Role).ToLowerInvariant()}", async (work, c) =>
        {
            work.WhenChangedMeanwhile(EmailInUseMessage);
            var password = TemporaryPassword();
            var created = await accounts.CreateAsync(
                new NewAccount(email, member.FullName.Trim(), member.Role, password, EmailConfirmed: true, MustChangePassword: true), c);
            if (created.UserId is null)
            {
                CommandWork.Refuse(AccountWords.Of(created.Problems, EmailInUseMessage));
            }

            work.Add(new AuditEntry(
                work.Now,
                work.User.UserId,
                work.Who,
                "StaffAccount",
                created.UserId,
                caseId: null,
                "Created",
                JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["Email"] = new { old = (string?)null, @new = email },
                    ["Role"] = new { old = (string?)null, @new = member.Role },
                })));
            return new StaffAccountCreated(email, password);
        }, cancellationToken);
    }

    // 4 groups of 4 from an alphabet without look-alike characters; always meets the password policy.
    internal static string TemporaryPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        const string lower = "abcdefghijkmnpqrstuvwxyz";
        const string digits = "23456789";
        const string all = upper + lower + digits;
        var chars = new char[16];
        chars[0] = upper[RandomNumberGenerator.GetInt32(upper.Length)];
        chars[1] = lower[RandomNumberGenerator.GetInt32(lower.Length)];
        chars[2] = digits[RandomNumberGenerator.GetInt32(digits.Length)];
        for (var i = 3; i < chars.Length; i++)
        {
            chars[i] = all[RandomNumberGenerator.GetInt32(all.Length)];
        }

        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return string.Join('-', chars.Chunk(4).Select(c => new string(c)));
    }
}

using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text.Json;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace DirectPayments.Web.Features.Administration;

public sealed class CreateStaffAccountViewModel
{
    [Display(Name = "Full name")]
    public string? FullName { get; set; }

    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [Display(Name = "Role")]
    public string? Role { get; set; }
}

public sealed class CreateStaffAccountValidator : AbstractValidator<CreateStaffAccountViewModel>
{
    public CreateStaffAccountValidator()
    {
        RuleFor(m => m.FullName)
            .NotEmpty().WithMessage("Enter the person's full name")
            .MaximumLength(200).WithMessage("Full name must be 200 characters or fewer");
        RuleFor(m => m.Email)
            .NotEmpty().WithMessage("Enter the person's work email address")
            .MaximumLength(256).WithMessage("Email address must be 256 characters or fewer")
            .EmailAddress().WithMessage("Enter an email address in the correct format, like name@example.com");
        RuleFor(m => m.Role)
            .NotEmpty().WithMessage("Select the person's role")
            .Must(r => r is null || Roles.Staff.Contains(r)).WithMessage("Select the person's role");
    }
}

public sealed record StaffAccountRow(string Email, string DisplayName, string Role, bool LockedOut, bool MustChangePassword);

public sealed record StaffAccountCreated(string Email, string TemporaryPassword);

public interface IStaffAccountService
{
    Task<IReadOnlyList<StaffAccountRow>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Creates the account with a one-time password that must be changed at first sign-in.</summary>
    Task<(StaffAccountCreated? Created, IReadOnlyList<string> Errors)> CreateAsync(
        CreateStaffAccountViewModel model, CancellationToken cancellationToken = default);
}

public sealed class StaffAccountService(
    UserManager<ApplicationUser> users,
    DirectPaymentsDbContext db,
    ICurrentUser currentUser,
    CouncilClock clock) : IStaffAccountService
{
    public async Task<IReadOnlyList<StaffAccountRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = new List<StaffAccountRow>();
        foreach (var role in Roles.Staff)
        {
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                rows.Add(new StaffAccountRow(
                    user.Email ?? string.Empty,
                    user.DisplayName,
                    role,
                    user.LockoutEnd > clock.UtcNow,
                    user.MustChangePassword));
            }
        }

        return [.. rows.OrderBy(r => r.DisplayName, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<(StaffAccountCreated? Created, IReadOnlyList<string> Errors)> CreateAsync(
        CreateStaffAccountViewModel model, CancellationToken cancellationToken = default)
    {
        var email = model.Email!.Trim();
        var password = TemporaryPassword();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = model.FullName!.Trim(),
            MustChangePassword = true,
        };

        // The account, its role and the audit entry belong together: all or nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, [.. created.Errors.Select(e => e.Code is "DuplicateEmail" or "DuplicateUserName"
                ? "An account already exists for this email address"
                : e.Description.TrimEnd('.'))]);
        }

        var inRole = await users.AddToRoleAsync(user, model.Role!);
        if (!inRole.Succeeded)
        {
            return (null, [.. inRole.Errors.Select(e => e.Description.TrimEnd('.'))]);
        }

        db.AuditEntries.Add(new AuditEntry(
            clock.UtcNow,
            currentUser.UserId,
            currentUser.UserName,
            "StaffAccount",
            user.Id,
            caseId: null,
            "Created",
            JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["Email"] = new { old = (string?)null, @new = email },
                ["Role"] = new { old = (string?)null, @new = model.Role },
            })));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (new StaffAccountCreated(email, password), []);
    }

    // 4 groups of 4 from an alphabet without look-alike characters; always meets the password policy.
    private static string TemporaryPassword()
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


using DirectPayments.Application.Common;
using DirectPayments.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace DirectPayments.Infrastructure.Seeding;

/// <summary>
/// Demo accounts for every role (and a second citizen, to show that one citizen never sees another's case).
/// Only for Development and tests: <see cref="Data.DatabaseInitialiser"/> never runs it in Production.
/// Safe to run at every start: it adds only what is missing.
/// </summary>
public sealed class DemoDataSeeder(UserManager<ApplicationUser> users, DemoRates rates, DemoCases cases, DemoStageCases stages, DemoAccountData accountData, ILogger<DemoDataSeeder> logger)
{
    public const string Password = "Demo-Passw0rd!";

    /// <summary>
    /// The authenticator key every demo member of staff has, printed in the README so that anyone trying the demo can add
    /// it to an authenticator app (ADR 20). Demo data never exists in Production; real staff set up their own key.
    /// </summary>
    public const string StaffAuthenticatorKey = "DEMOSTAFFAUTHENTICATORKEYABCDEFG";

    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("citizen@example.org", "Alex Citizen", Roles.Citizen),
        new("citizen2@example.org", "Sam Second-Citizen", Roles.Citizen),
        new("casemanager@example.org", "Chris Case-Manager", Roles.CaseManager),
        new("reviewer@example.org", "Robin Reviewer", Roles.Reviewer),
        new("admin@example.org", "Ash Administrator", Roles.Administrator),
        new("finance@example.org", "Frankie Finance", Roles.Finance),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var account in Accounts)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (await users.FindByEmailAsync(account.Email) is not null)
            {
                continue;
            }

            var user = new ApplicationUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                DisplayName = account.DisplayName,
            };
            Check(await users.CreateAsync(user, Password), account.Email);
            Check(await users.AddToRoleAsync(user, account.Role), account.Email);
            if (Roles.Staff.Contains(account.Role))
            {
                // Staff sign in with a code from an authenticator app: the demo's is set up already, with the known key.
                Check(await users.SetAuthenticationTokenAsync(user, AuthenticatorTokens.Provider, AuthenticatorTokens.KeyName, StaffAuthenticatorKey), account.Email);
                Check(await users.SetTwoFactorEnabledAsync(user, true), account.Email);
            }

            logger.LogInformation("Created demo account {Email} with role {Role}", account.Email, account.Role);
        }

        await rates.SeedAsync(cancellationToken);
        await cases.SeedAsync(cancellationToken);
        await stages.SeedAsync(cancellationToken);
        await accountData.SeedAsync(cancellationToken);
    }

    private static void Check(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Could not create demo account {email}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}

public sealed record DemoAccount(string Email, string DisplayName, string Role);

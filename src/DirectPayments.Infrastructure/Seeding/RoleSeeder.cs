using DirectPayments.Application.Common;
using Microsoft.AspNetCore.Identity;

namespace DirectPayments.Infrastructure.Seeding;

/// <summary>The portal's roles exist in every installation, Production included.</summary>
public sealed class RoleSeeder(RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                var result = await roles.CreateAsync(new IdentityRole(role));
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create role {role}");
                }
            }
        }
    }
}

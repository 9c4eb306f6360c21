using Microsoft.AspNetCore.Identity;

namespace DirectPayments.Infrastructure.Identity;

/// <summary>A person who signs in: a citizen (or someone acting for one) or a member of council staff.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Staff accounts made by an administrator start with a temporary password that must be changed.</summary>
    public bool MustChangePassword { get; set; }
}

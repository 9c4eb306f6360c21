using Microsoft.AspNetCore.Identity;

namespace DirectPayments.Infrastructure.Identity;

/// <summary>A person who signs in: a citizen (or someone acting for one) or a member of council staff.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Staff accounts made by an administrator start with a temporary password that must be changed.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>
    /// The 30-second time step of the last authenticator code accepted from this account: a code is accepted only for
    /// a later step, so that none works twice (ASVS 2.8.4). Written only by <see cref="OneUseAuthenticatorTokenProvider"/>.
    /// </summary>
    public long? AuthenticatorTimeStepUsed { get; set; }
}

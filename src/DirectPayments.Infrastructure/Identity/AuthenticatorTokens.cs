namespace DirectPayments.Infrastructure.Identity;

/// <summary>
/// Where Identity keeps a person's authenticator key and recovery codes (rows of AspNetUserTokens under its own
/// provider name), and how many recovery codes a person is given.
/// </summary>
public static class AuthenticatorTokens
{
    /// <summary>Identity's own provider name for the tokens its user store keeps.</summary>
    public const string Provider = "[AspNetUserStore]";

    public const string KeyName = "AuthenticatorKey";

    public const string RecoveryCodesName = "RecoveryCodes";

    /// <summary>Recovery codes made at a time: each works once, for a lost or broken phone.</summary>
    public const int RecoveryCodesMade = 10;
}

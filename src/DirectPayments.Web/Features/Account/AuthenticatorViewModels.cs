using System.ComponentModel.DataAnnotations;

namespace DirectPayments.Web.Features.Account;

/// <summary>The 6-digit code from a member of staff's authenticator app, the second step of signing in.</summary>
public sealed class AuthenticatorCodeViewModel
{
    [Display(Name = "Code from your authenticator app")]
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>One of a member of staff's recovery codes, in place of a code from the app.</summary>
public sealed class RecoveryCodeViewModel
{
    [Display(Name = "Recovery code")]
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }
}

/// <summary>Setting up an authenticator app: the key to type or the QR code to scan, and the app's first code.</summary>
public sealed class SetUpAuthenticatorViewModel
{
    [Display(Name = "Code from your authenticator app")]
    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }

    /// <summary>The key in groups of four, for typing into the app.</summary>
    public string KeyInFours { get; set; } = string.Empty;

    /// <summary>The QR code of the otpauth:// address, as a PNG data URI (the CSP allows data: images, never inline script).</summary>
    public string QrCode { get; set; } = string.Empty;
}

/// <summary>Recovery codes, shown once, and where to go on once the person has written them down.</summary>
public sealed record NewRecoveryCodesViewModel(IReadOnlyList<string> Codes, string Next);

/// <summary>The person's own account: a link to change the password, and for staff their authenticator's recovery codes.</summary>
public sealed record YourAccountViewModel(string Email, bool IsStaff, bool HasAuthenticator, int RecoveryCodesLeft);

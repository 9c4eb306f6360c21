using System.ComponentModel.DataAnnotations;

namespace DirectPayments.Web.Features.Account;

public sealed class SignInViewModel
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [Display(Name = "Password")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class RegisterViewModel
{
    [Display(Name = "Full name")]
    public string? FullName { get; set; }

    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [Display(Name = "Create a password")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "Confirm your password")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }
}

public sealed class ChangePasswordViewModel
{
    [Display(Name = "Current password")]
    [DataType(DataType.Password)]
    public string? CurrentPassword { get; set; }

    [Display(Name = "New password")]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    [Display(Name = "Confirm your new password")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }
}

/// <summary>Why the person is asked to look in their inbox.</summary>
public enum CheckEmailReason
{
    Registered,
    NotYetConfirmed,
    ResetPassword,
}

public sealed record CheckEmailViewModel(string Address, CheckEmailReason Reason);

public sealed class ConfirmEmailViewModel
{
    public string? UserId { get; set; }

    public string? Token { get; set; }
}

public sealed class ForgotPasswordViewModel
{
    [Display(Name = "Email address")]
    public string? Email { get; set; }
}

public sealed class ResetPasswordViewModel
{
    public string? UserId { get; set; }

    public string? Token { get; set; }

    [Display(Name = "New password")]
    [DataType(DataType.Password)]
    public string? NewPassword { get; set; }

    [Display(Name = "Confirm your new password")]
    [DataType(DataType.Password)]
    public string? ConfirmPassword { get; set; }
}

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

using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.Administration.StaffAccounts;
using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.Administration;

public sealed class CreateStaffAccountViewModel
{
    [Display(Name = "Full name")]
    public string? FullName { get; set; }

    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [Display(Name = "Role")]
    public string? Role { get; set; }

    public NewStaffMember ToNewStaffMember() => new(FullName!, Email!, Role!);

    public static IEnumerable<SelectListItem> RoleChoices() =>
        Roles.Staff.Select(r => new SelectListItem(Roles.DisplayName(r), r));
}

public sealed class CreateStaffAccountValidator : AbstractValidator<CreateStaffAccountViewModel>
{
    public CreateStaffAccountValidator()
    {
        RuleFor(m => m.FullName)
            .NotEmpty().WithMessage("Enter the person's full name")
            .MaximumLength(200).WithMessage("Full name must be 200 characters or fewer");
        RuleFor(m => m.Email).EmailAddressAnswer("Enter the person's work email address");
        RuleFor(m => m.Role)
            .NotEmpty().WithMessage("Select the person's role")
            .Must(r => r is null || Roles.Staff.Contains(r)).WithMessage("Select the person's role");
    }
}

/// <summary>A member of staff's account page, with its "Change role" form.</summary>
public sealed class StaffAccountViewModel
{
    /// <summary>The role chosen: the one they hold until the administrator picks another.</summary>
    [Display(Name = "Role")]
    public string? Role { get; set; }

    /// <summary>The account the page is about (never bound from the post).</summary>
    [BindNever]
    public StaffAccountDetail? Detail { get; set; }

    public static IEnumerable<SelectListItem> RoleChoices() => CreateStaffAccountViewModel.RoleChoices();
}

public sealed class ChangeRoleValidator : AbstractValidator<StaffAccountViewModel>
{
    public ChangeRoleValidator() =>
        RuleFor(m => m.Role)
            .NotEmpty().WithMessage("Select the person's new role")
            .Must(r => r is null || Roles.Staff.Contains(r)).WithMessage(ChangeStaffRole.NotAStaffRoleMessage);
}

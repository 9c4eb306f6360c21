using DirectPayments.Application.Common;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Account;

[Route("account")]
public sealed class AccountController(
    SignInManager<ApplicationUser> signInManager,
    UserManager<ApplicationUser> userManager,
    IValidator<SignInViewModel> signInValidator,
    IValidator<RegisterViewModel> registerValidator,
    IValidator<ChangePasswordViewModel> changePasswordValidator,
    ILogger<AccountController> logger) : Controller
{
    internal const string WrongDetailsMessage = "Enter a correct email address and password";

    [AllowAnonymous]
    [HttpGet("sign-in")]
    public IActionResult SignIn(string? returnUrl) =>
        View(new SignInViewModel { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost("sign-in")]
    public async Task<IActionResult> SignIn(SignInViewModel model)
    {
        (await signInValidator.ValidateAsync(model)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await signInManager.PasswordSignInAsync(model.Email!, model.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account locked out");
            ModelState.AddModelError(nameof(model.Email),
                "Your account is locked because of too many attempts to sign in. Try again in 15 minutes");
            return View(model);
        }

        if (!result.Succeeded)
        {
            // One message for a wrong email or a wrong password, so that nobody can find out who has an account.
            ModelState.AddModelError(nameof(model.Email), WrongDetailsMessage);
            return View(model);
        }

        var user = await userManager.FindByEmailAsync(model.Email!);
        if (user?.MustChangePassword == true)
        {
            return RedirectToAction(nameof(ChangePassword));
        }

        if (!string.IsNullOrEmpty(model.ReturnUrl) && Url.IsLocalUrl(model.ReturnUrl))
        {
            return LocalRedirect(model.ReturnUrl);
        }

        var principal = await signInManager.CreateUserPrincipalAsync(user!);
        return LocalRedirect(Policies.HomeFor(principal));
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutOfService()
    {
        await signInManager.SignOutAsync();

        // Someone else may use this browser next: their estimate answers go with the sign-in.
        Estimator.EstimatorAnswersStore.Clear(HttpContext);
        return RedirectToAction(nameof(SignedOut));
    }

    [AllowAnonymous]
    [HttpGet("signed-out")]
    public IActionResult SignedOut() => View();

    [AllowAnonymous]
    [HttpGet("register")]
    public IActionResult Register() => View(new RegisterViewModel());

    /// <summary>Only citizens register themselves; staff accounts are made by an administrator.</summary>
    [AllowAnonymous]
    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterViewModel model)
    {
        (await registerValidator.ValidateAsync(model)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = new ApplicationUser
        {
            UserName = model.Email!.Trim(),
            Email = model.Email!.Trim(),
            DisplayName = model.FullName!.Trim(),
        };
        var created = await userManager.CreateAsync(user, model.Password!);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(model.Password) : nameof(model.Email);
                ModelState.AddModelError(field, MessageFor(error));
            }

            return View(model);
        }

        await userManager.AddToRoleAsync(user, Roles.Citizen);
        await signInManager.SignInAsync(user, isPersistent: false);
        logger.LogInformation("Citizen account registered {UserId}", user.Id);
        return LocalRedirect("/citizen");
    }

    [HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(ChangePasswordViewModel model)
    {
        (await changePasswordValidator.ValidateAsync(model)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var changed = await userManager.ChangePasswordAsync(user, model.CurrentPassword!, model.NewPassword!);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                var field = error.Code == "PasswordMismatch" ? nameof(model.CurrentPassword) : nameof(model.NewPassword);
                ModelState.AddModelError(field, MessageFor(error));
            }

            return View(model);
        }

        user.MustChangePassword = false;
        await userManager.UpdateAsync(user);
        await signInManager.RefreshSignInAsync(user);
        TempData["Success"] = "Your password has been changed";
        return LocalRedirect(Policies.HomeFor(User));
    }

    [AllowAnonymous]
    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private static string MessageFor(IdentityError error) => error.Code switch
    {
        "DuplicateEmail" or "DuplicateUserName" => "An account already exists for this email address. Sign in instead",
        "PasswordMismatch" => "The current password is not correct",
        _ => error.Description.TrimEnd('.'),
    };
}

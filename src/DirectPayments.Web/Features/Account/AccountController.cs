using DirectPayments.Application.Account;
using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Account;

[Route("account")]
public sealed class AccountController(
    PortalSignIn signIn,
    IValidator<SignInViewModel> signInValidator,
    IValidator<RegisterViewModel> registerValidator,
    IValidator<ChangePasswordViewModel> changePasswordValidator,
    ILogger<AccountController> logger) : Controller
{
    internal const string WrongDetailsMessage = "Enter a correct email address and password";

    internal const string LockedOutMessage = "Your account is locked because of too many attempts to sign in. Try again in 15 minutes";

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

        var attempt = await signIn.WithPasswordAsync(model.Email!, model.Password!);
        switch (attempt.Outcome)
        {
            case SignInOutcome.LockedOut:
                logger.LogWarning("Sign-in refused: account locked out");
                ModelState.AddModelError(nameof(model.Email), LockedOutMessage);
                return View(model);
            case SignInOutcome.WrongDetails:
                // One message for a wrong email or a wrong password, so that nobody can find out who has an account.
                ModelState.AddModelError(nameof(model.Email), WrongDetailsMessage);
                return View(model);
            case SignInOutcome.MustChangePassword:
                return RedirectToAction(nameof(ChangePassword));
            default:
                return !string.IsNullOrEmpty(model.ReturnUrl) && Url.IsLocalUrl(model.ReturnUrl)
                    ? LocalRedirect(model.ReturnUrl)
                    : LocalRedirect(attempt.Home ?? "/");
        }
    }

    [HttpPost("sign-out")]
    public async Task<IActionResult> SignOutOfService()
    {
        await signIn.SignOutAsync(HttpContext);
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
    public async Task<IActionResult> Register(RegisterViewModel model, [FromServices] RegisterCitizen register, CancellationToken cancellationToken)
    {
        (await registerValidator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await register.RunAsync(new CitizenRegistration(model.FullName!, model.Email!, model.Password!), cancellationToken);
        if (result is not { Succeeded: true, Value: { } userId })
        {
            // The password's rules are checked above as Identity checks them, so what Identity refuses is the address.
            ModelState.AddModelError(nameof(model.Email), result.Message ?? RegisterCitizen.EmailInUseMessage);
            return View(model);
        }

        await signIn.SignInAsync(userId);
        logger.LogInformation("Citizen account registered {UserId}", userId);
        return LocalRedirect("/citizen");
    }

    [HttpGet("change-password")]
    public IActionResult ChangePassword() => View(new ChangePasswordViewModel());

    [HttpPost("change-password")]
    public async Task<IActionResult> ChangePassword(
        ChangePasswordViewModel model, [FromServices] ChangeOwnPassword change, [FromServices] ICurrentUser user, CancellationToken cancellationToken)
    {
        (await changePasswordValidator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await change.RunAsync(model.CurrentPassword!, model.NewPassword!, cancellationToken);
        switch (result.Status)
        {
            case CommandStatus.NotFound:
                return Challenge();
            case CommandStatus.Saved:
                await signIn.EndOtherSessionsAsync(user.UserId, User, cancellationToken);
                await signIn.RefreshAsync(user.UserId);
                TempData[CommandOutcomes.SuccessKey] = "Your password has been changed";
                return LocalRedirect(Policies.HomeFor(User));
            default:
                ModelState.AddModelError(
                    result.Message == ChangeOwnPassword.WrongPasswordMessage ? nameof(model.CurrentPassword) : nameof(model.NewPassword),
                    result.Message ?? CommandResult.ConflictMessage);
                return View(model);
        }
    }

    [AllowAnonymous]
    [HttpGet("access-denied")]
    public IActionResult AccessDenied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }
}

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
    internal const string DisabledMessage = "This account is disabled. Ask an administrator to enable it";

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

        var attempt = await signIn.WithPasswordAsync(model.Email!, model.Password!, Client);
        switch (attempt.Outcome)
        {
            case SignInOutcome.LockedOut:
                logger.LogWarning("Sign-in refused: account locked out");
                ModelState.AddModelError(nameof(model.Email), LockedOutMessage);
                return View(model);
            case SignInOutcome.Disabled:
                // Only said to someone who gave the account's password, so it tells a stranger nothing.
                ModelState.AddModelError(nameof(model.Email), DisabledMessage);
                return View(model);
            case SignInOutcome.WrongDetails:
                // One message for a wrong email or a wrong password, so that nobody can find out who has an account.
                ModelState.AddModelError(nameof(model.Email), WrongDetailsMessage);
                return View(model);
            case SignInOutcome.EmailNotConfirmed:
                // Only said to someone who gave the account's password, so it tells a stranger nothing.
                return CheckYourEmail(model.Email!, CheckEmailReason.NotYetConfirmed);
            case SignInOutcome.MustChangePassword:
                return RedirectToAction(nameof(ChangePassword));
            case SignInOutcome.NeedsAuthenticatorCode:
                // Not signed in yet: the code's page is the only one open to this half sign-in.
                return RedirectToAction(nameof(AuthenticatorController.Code), "Authenticator", new { returnUrl = LocalReturnUrl(model.ReturnUrl) });
            case SignInOutcome.MustSetUpAuthenticator:
                return RedirectToAction(nameof(AuthenticatorController.SetUp), "Authenticator", new { returnUrl = LocalReturnUrl(model.ReturnUrl) });
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
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(model.Password), result.Message ?? CommandResult.ConflictMessage);
            return View(model);
        }

        // The same page for an address with an account or without: its owner's inbox says which.
        return CheckYourEmail(model.Email!, CheckEmailReason.Registered);
    }

    [AllowAnonymous]
    [HttpGet("check-email")]
    public IActionResult CheckEmail() =>
        TempData.Peek(CheckEmailAddressKey) is string address && TempData.Peek(CheckEmailReasonKey) is string reason
            ? View(new CheckEmailViewModel(address, Enum.Parse<CheckEmailReason>(reason)))
            : RedirectToAction(nameof(SignIn));

    /// <summary>The link e-mailed to a new account: a button to press, so that a mail scanner fetching the link confirms nothing.</summary>
    [AllowAnonymous]
    [HttpGet("confirm-email")]
    public IActionResult ConfirmEmail(string? user, string? token) =>
        View(new ConfirmEmailViewModel { UserId = user, Token = token });

    [AllowAnonymous]
    [HttpPost("confirm-email")]
    public async Task<IActionResult> ConfirmEmail(ConfirmEmailViewModel model, [FromServices] ConfirmEmail confirm, CancellationToken cancellationToken)
    {
        var result = string.IsNullOrEmpty(model.UserId) || string.IsNullOrEmpty(model.Token)
            ? CommandResult.Refused(Application.Account.ConfirmEmail.NotValidMessage)
            : await confirm.RunAsync(model.UserId, model.Token, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, $"{Application.Account.ConfirmEmail.NotValidMessage}. Sign in with your email address and password and we will send you a new link");
            return View(model);
        }

        TempData[CommandOutcomes.SuccessKey] = "Your email address is confirmed. Sign in to continue";
        return RedirectToAction(nameof(SignIn));
    }

    [AllowAnonymous]
    [HttpGet("forgot-password")]
    public IActionResult ForgotPassword() => View(new ForgotPasswordViewModel());

    [AllowAnonymous]
    [HttpPost("forgot-password")]
    public async Task<IActionResult> ForgotPassword(
        ForgotPasswordViewModel model, [FromServices] IValidator<ForgotPasswordViewModel> validator, [FromServices] AskToResetPassword ask, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await ask.RunAsync(model.Email!, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(model.Email), result.Message ?? CommandResult.ConflictMessage);
            return View(model);
        }

        return CheckYourEmail(model.Email!, CheckEmailReason.ResetPassword);
    }

    [AllowAnonymous]
    [HttpGet("reset-password")]
    public IActionResult ResetPassword(string? user, string? token) =>
        View(new ResetPasswordViewModel { UserId = user, Token = token });

    [AllowAnonymous]
    [HttpPost("reset-password")]
    public async Task<IActionResult> ResetPassword(
        ResetPasswordViewModel model, [FromServices] IValidator<ResetPasswordViewModel> validator, [FromServices] ResetPassword reset, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await reset.RunAsync(model.UserId!, model.Token!, model.NewPassword!, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(model.NewPassword), result.Message ?? CommandResult.ConflictMessage);
            return View(model);
        }

        // Whoever knew the old password, or holds a session from before, is signed out everywhere; the owner, who has
        // shown the inbox is theirs, is no longer held back by wrong passwords.
        await signIn.EndAllSessionsAsync(model.UserId!, cancellationToken);
        await signIn.ForgiveAsync(model.UserId!, Client, cancellationToken);
        TempData[CommandOutcomes.SuccessKey] = "Your password has been reset. Sign in with your new password";
        return RedirectToAction(nameof(SignIn));
    }

    private string? LocalReturnUrl(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : null;

    /// <summary>Where the request comes from, for the limits on wrong passwords (behind a proxy, the forwarded client: issue 17).</summary>
    private string Client => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private const string CheckEmailAddressKey = "CheckEmail.Address";

    private const string CheckEmailReasonKey = "CheckEmail.Reason";

    private RedirectToActionResult CheckYourEmail(string address, CheckEmailReason reason)
    {
        TempData[CheckEmailAddressKey] = address.Trim();
        TempData[CheckEmailReasonKey] = reason.ToString();
        return RedirectToAction(nameof(CheckEmail));
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
            case CommandStatus.Refused when result.Message == ChangeOwnPassword.WrongPasswordMessage:
                // Guessing the current password here counts as guessing it at sign-in: the same limits, and when one is
                // reached this session ends, so a session left open cannot be used to find the password.
                if (await signIn.WrongCurrentPasswordAsync(User, Client, cancellationToken))
                {
                    await signIn.SignOutAsync(HttpContext);
                    TempData[CommandOutcomes.ProblemKey] = "You have been signed out because of too many wrong passwords. Try again in 15 minutes";
                    return RedirectToAction(nameof(SignIn));
                }

                ModelState.AddModelError(nameof(model.CurrentPassword), result.Message);
                return View(model);
            default:
                ModelState.AddModelError(nameof(model.NewPassword), result.Message ?? CommandResult.ConflictMessage);
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

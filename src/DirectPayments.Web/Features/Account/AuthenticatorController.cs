using DirectPayments.Application.Account;
using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using QRCoder;

namespace DirectPayments.Web.Features.Account;

/// <summary>
/// The second step of a member of staff's sign-in: a code from their authenticator app, a recovery code in its place,
/// or setting up the app the first time (ADR 20); and a person's own account page, where staff replace recovery codes.
/// </summary>
[Route("account")]
public sealed class AuthenticatorController(PortalSignIn signIn, IConfiguration configuration) : Controller
{
    internal const string WrongCodeMessage = "The code is not right. Enter the 6-digit code your authenticator app shows now";

    internal const string WrongRecoveryCodeMessage = "The recovery code is not right, or has been used. Each code works once";

    internal const string StartAgainMessage = "You took too long to enter the code. Sign in again";

    private const string RecoveryCodesKey = "Authenticator.RecoveryCodes";

    private const string NextKey = "Authenticator.Next";

    [AllowAnonymous]
    [HttpGet("authenticator-code")]
    public async Task<IActionResult> Code(string? returnUrl) =>
        await signIn.WaitingForCodeAsync() switch
        {
            null => StartAgain(),
            { HasAuthenticator: false } => RedirectToAction(nameof(SetUp), new { returnUrl }),
            _ => View(new AuthenticatorCodeViewModel { ReturnUrl = returnUrl }),
        };

    [AllowAnonymous]
    [HttpPost("authenticator-code")]
    public async Task<IActionResult> Code(AuthenticatorCodeViewModel model, [FromServices] IValidator<AuthenticatorCodeViewModel> validator)
    {
        (await validator.ValidateAsync(model)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await signIn.WaitingForCodeAsync() is null ? StartAgain() : View(model);
        }

        return Answer(await signIn.WithAuthenticatorCodeAsync(model.Code!, Client, LocalOrNull(model.ReturnUrl)), nameof(model.Code), WrongCodeMessage, model);
    }

    [AllowAnonymous]
    [HttpGet("recovery-code")]
    public async Task<IActionResult> RecoveryCode(string? returnUrl) =>
        await signIn.WaitingForCodeAsync() is { HasAuthenticator: true }
            ? View(new RecoveryCodeViewModel { ReturnUrl = returnUrl })
            : StartAgain();

    [AllowAnonymous]
    [HttpPost("recovery-code")]
    public async Task<IActionResult> RecoveryCode(RecoveryCodeViewModel model, [FromServices] IValidator<RecoveryCodeViewModel> validator)
    {
        (await validator.ValidateAsync(model)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await signIn.WaitingForCodeAsync() is null ? StartAgain() : View(model);
        }

        return Answer(await signIn.WithRecoveryCodeAsync(model.Code!, Client, LocalOrNull(model.ReturnUrl)), nameof(model.Code), WrongRecoveryCodeMessage, model);
    }

    [AllowAnonymous]
    [HttpGet("set-up-authenticator")]
    public async Task<IActionResult> SetUp(string? returnUrl)
    {
        var model = new SetUpAuthenticatorViewModel { ReturnUrl = returnUrl };
        return await FillSetUpAsync(model) ? View(model) : await AfterPasswordAsync(returnUrl);
    }

    [AllowAnonymous]
    [HttpPost("set-up-authenticator")]
    public async Task<IActionResult> SetUp(SetUpAuthenticatorViewModel model, [FromServices] IValidator<SetUpAuthenticatorViewModel> validator)
    {
        ArgumentNullException.ThrowIfNull(model);
        (await validator.ValidateAsync(model)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await FillSetUpAsync(model) ? View(model) : StartAgain();
        }

        var step = await signIn.WithSetUpCodeAsync(model.Code!, Client, LocalOrNull(model.ReturnUrl));
        if (step.Outcome == SecondStepOutcome.WrongCode && !await FillSetUpAsync(model))
        {
            return StartAgain();
        }

        return Answer(step, nameof(model.Code), WrongCodeMessage, model);
    }

    /// <summary>Recovery codes just made, shown once: they are in the TempData cookie for this one page and never stored readable.</summary>
    [HttpGet("recovery-codes")]
    public IActionResult NewRecoveryCodes() =>
        TempData[RecoveryCodesKey] is string codes
            ? View(new NewRecoveryCodesViewModel(codes.Split(' '), TempData[NextKey] as string ?? "/account"))
            : RedirectToAction(nameof(YourAccount));

    /// <summary>"I have written them down": on to the page the person was going to (or to change a one-time password).</summary>
    [HttpPost("recovery-codes")]
    public IActionResult WrittenDown(string? next) => LocalRedirect(LocalOrNull(next) ?? Policies.HomeFor(User));

    [HttpGet("")]
    public async Task<IActionResult> YourAccount([FromServices] OwnRecoveryCodes codes, CancellationToken cancellationToken)
    {
        var own = await codes.ShowAsync(cancellationToken);
        return View(new YourAccountViewModel(User.Identity?.Name ?? string.Empty, own.IsStaff, own.HasAuthenticator, own.RecoveryCodesLeft));
    }

    [HttpPost("recovery-codes/new")]
    public async Task<IActionResult> ReplaceRecoveryCodes([FromServices] OwnRecoveryCodes codes, CancellationToken cancellationToken)
    {
        var result = await codes.ReplaceAsync(cancellationToken);
        if (result is not { Succeeded: true, Value: { } made })
        {
            if (result.Status == CommandStatus.NotFound)
            {
                return NotFound();
            }

            TempData[CommandOutcomes.ProblemKey] = result.Message ?? CommandResult.ConflictMessage;
            return RedirectToAction(nameof(YourAccount));
        }

        return ShowRecoveryCodes(made, "/account");
    }

    /// <summary>Where the request comes from, for the limits on wrong codes (as for wrong passwords).</summary>
    private string Client => HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private string? LocalOrNull(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : null;

    private IActionResult Answer(SecondStep step, string field, string wrong, object model)
    {
        switch (step.Outcome)
        {
            case SecondStepOutcome.SignedIn when step.RecoveryCodes is { } codes:
                return ShowRecoveryCodes(codes, step.Next!);
            case SecondStepOutcome.SignedIn:
                return LocalRedirect(step.Next!);
            case SecondStepOutcome.WrongCode:
                ModelState.AddModelError(field, wrong);
                return View(model);
            case SecondStepOutcome.LockedOut:
                TempData[CommandOutcomes.ProblemKey] = AccountController.LockedOutMessage;
                return RedirectToAction(nameof(AccountController.SignIn), "Account");
            default:
                return StartAgain();
        }
    }

    private RedirectToActionResult ShowRecoveryCodes(IReadOnlyList<string> codes, string next)
    {
        TempData[RecoveryCodesKey] = string.Join(' ', codes);
        TempData[NextKey] = next;
        return RedirectToAction(nameof(NewRecoveryCodes));
    }

    private RedirectToActionResult StartAgain()
    {
        TempData[CommandOutcomes.ProblemKey] = StartAgainMessage;
        return RedirectToAction(nameof(AccountController.SignIn), "Account");
    }

    /// <summary>Someone with an app set up already who opens the set-up page goes to the code page instead.</summary>
    private async Task<IActionResult> AfterPasswordAsync(string? returnUrl) =>
        await signIn.WaitingForCodeAsync() is null ? StartAgain() : RedirectToAction(nameof(Code), new { returnUrl });

    private async Task<bool> FillSetUpAsync(SetUpAuthenticatorViewModel model)
    {
        var issuer = $"Direct Payments {CouncilDetails.From(configuration).Name}";
        if (await signIn.AuthenticatorToSetUpAsync(issuer) is not { } setUp)
        {
            return false;
        }

        model.KeyInFours = setUp.KeyInFours;
        using var data = QRCodeGenerator.GenerateQrCode(setUp.Uri, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        model.QrCode = "data:image/png;base64," + Convert.ToBase64String(png.GetGraphic(5));
        return true;
    }
}

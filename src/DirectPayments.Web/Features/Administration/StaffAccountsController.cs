using DirectPayments.Application.Administration.StaffAccounts;
using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Administration;

/// <summary>
/// Case managers, reviewers, administrators and finance staff: the list, a new account with a one-time password, and one account's
/// page, to read its sign-in events and sign it out everywhere, disable or enable it, give it a new one-time password,
/// reset its authenticator app, or change its role.
/// </summary>
[Authorize(Policy = Policies.Administration)]
[Route("administration/staff")]
public sealed class StaffAccountsController(StaffAccountPages pages, IValidator<CreateStaffAccountViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await pages.ListAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult Create() => View(new CreateStaffAccountViewModel());

    [HttpPost("new")]
    public async Task<IActionResult> Create(CreateStaffAccountViewModel model, [FromServices] CreateStaffAccount create, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var result = await create.RunAsync(model.ToNewStaffMember(), cancellationToken);
        if (result is not { Succeeded: true, Value: { } created })
        {
            // What stopped it is about the address (one already in use, or one Identity cannot take as a user name).
            ModelState.AddModelError(nameof(model.Email), result.Message ?? CommandResult.ConflictMessage);
            return View(model);
        }

        // Shown once, never stored in plain text: the administrator passes it on and the person changes it.
        return View("Created", created);
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Account(string id, CancellationToken cancellationToken) =>
        await pages.DetailAsync(id, cancellationToken) is { } detail
            ? View(new StaffAccountViewModel { Detail = detail, Role = detail.Account.Role })
            : NotFound();

    [HttpPost("{id}/role")]
    public async Task<IActionResult> ChangeRole(
        string id, StaffAccountViewModel model, [FromServices] IValidator<StaffAccountViewModel> roleValidator, [FromServices] ChangeStaffRole change, CancellationToken cancellationToken)
    {
        (await roleValidator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowAccount(id, model, cancellationToken);
        }

        var result = await change.RunAsync(id, model.Role!, cancellationToken);
        if (result.Status == CommandStatus.Refused)
        {
            // Every refusal is about the role chosen (or whose role it is): beside the radios and in the summary.
            ModelState.AddModelError(nameof(model.Role), result.Message!.TrimEnd('.'));
            return await ShowAccount(id, model, cancellationToken);
        }

        return await this.FormOutcome(
            result,
            $"The role is changed to {ChangeStaffRole.Words(model.Role!)} and the account is signed out everywhere. The new role applies when they next sign in",
            () => RedirectToAction(nameof(Account), new { id }),
            () => ShowAccount(id, model, cancellationToken));
    }

    private async Task<IActionResult> ShowAccount(string id, StaffAccountViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.DetailAsync(id, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        model.Detail = detail;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Account), model);
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Account(string id, StaffAccountAction action, [FromServices] ManageStaffAccount manage, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(action))
        {
            return BadRequest();
        }

        var result = await manage.RunAsync(id, action, cancellationToken);
        switch (result.Status)
        {
            case CommandStatus.NotFound:
                return NotFound();
            case CommandStatus.Saved when result.Value is { } oneTimePassword:
                var detail = await pages.DetailAsync(id, cancellationToken);
                // Shown once, never stored in plain text, as for a new account.
                return View("OneTimePassword", new StaffAccountCreated(detail!.Account.Email, oneTimePassword));
            case CommandStatus.Saved:
                TempData[CommandOutcomes.SuccessKey] = action switch
                {
                    StaffAccountAction.Disable => "The account is disabled and signed out everywhere",
                    StaffAccountAction.Enable => "The account is enabled",
                    StaffAccountAction.ResetAuthenticator => "The authenticator app is reset and the account is signed out everywhere. They will set up an app when they next sign in",
                    StaffAccountAction.LiftHoldBack => "They can sign in now. Wrong passwords and codes counted against their address are forgotten",
                    _ => "The account is signed out everywhere",
                };
                return RedirectToAction(nameof(Account), new { id });
            default:
                TempData[CommandOutcomes.ProblemKey] = result.Message ?? CommandResult.ConflictMessage;
                return RedirectToAction(nameof(Account), new { id });
        }
    }
}

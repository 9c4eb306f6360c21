using DirectPayments.Application.Administration.StaffAccounts;
using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Administration;

/// <summary>Case managers, reviewers and administrators: the list, and a new account with a one-time password.</summary>
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
}

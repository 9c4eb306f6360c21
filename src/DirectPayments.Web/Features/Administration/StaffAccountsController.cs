using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.Administration;

[Authorize(Policy = Policies.Administration)]
[Route("administration/staff")]
public sealed class StaffAccountsController(
    IStaffAccountService staff,
    IValidator<CreateStaffAccountViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await staff.ListAsync(cancellationToken));

    [HttpGet("new")]
    public IActionResult Create() => View(new CreateStaffAccountViewModel());

    [HttpPost("new")]
    public async Task<IActionResult> Create(CreateStaffAccountViewModel model, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var (created, errors) = await staff.CreateAsync(model, cancellationToken);
        if (created is null)
        {
            foreach (var error in errors)
            {
                ModelState.AddModelError(nameof(model.Email), error);
            }

            return View(model);
        }

        // Shown once, never stored in plain text: the administrator passes it on and the person changes it.
        return View("Created", created);
    }

    public static IEnumerable<SelectListItem> RoleChoices() =>
        Roles.Staff.Select(r => new SelectListItem(Roles.DisplayName(r), r));
}

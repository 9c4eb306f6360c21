using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>What a form does with a command's result when a refusal belongs to one of its answers.</summary>
internal static class RefusalOutcomes
{
    /// <summary>
    /// Refused, the reason beside the answer the command named, or else <paramref name="refusedField"/> (an amount over a
    /// limit, an e-mail address with no account), written as GOV.UK error messages are, without a full stop, and the form shown again; anything else as
    /// <see cref="CommandOutcomes.FormOutcome"/> does (saved, on; someone else's change, at the top of the form).
    /// </summary>
    public static async Task<IActionResult> FormOutcome(
        this Controller controller, CommandResult result, string refusedField, string success, Func<IActionResult> next, Func<Task<IActionResult>> showForm)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(showForm);
        if (result.Status != CommandStatus.Refused)
        {
            return await controller.FormOutcome(result, success, next, showForm);
        }

        controller.ModelState.AddModelError(result.Field ?? refusedField, result.Message?.TrimEnd('.') ?? string.Empty);
        return await showForm();
    }
}

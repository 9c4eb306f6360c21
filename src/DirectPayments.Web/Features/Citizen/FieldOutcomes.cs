using DirectPayments.Application.Common;
using DirectPayments.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Citizen;

/// <summary>The citizen's forms whose refusals are about one answer: the reason shows beside it as well as in the summary.</summary>
internal static class FieldOutcomes
{
    /// <summary>
    /// As <see cref="CommandOutcomes.FormOutcome"/>, except that a refusal is shown against <paramref name="field"/>
    /// (the file that is not a PDF, the nominee already waiting), without a closing full stop, as the error messages are.
    /// </summary>
    public static Task<IActionResult> FormOutcome(
        this Controller controller, CommandResult result, string field, string success, Func<IActionResult> next, Func<Task<IActionResult>> showForm)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(showForm);
        if (result.Status == CommandStatus.Refused)
        {
            controller.ModelState.AddModelError(field, result.Message!.TrimEnd('.'));
            return showForm();
        }

        return controller.FormOutcome(result, success, next, showForm);
    }
}

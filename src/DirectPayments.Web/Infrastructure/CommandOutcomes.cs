using DirectPayments.Application.Common;
using DirectPayments.Application.Jobs;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Infrastructure;

/// <summary>
/// What a page does with a command's result, in one place: saved, a success banner and on to the next page (Post,
/// Redirect, Get); refused or changed by someone else, the reason in front of the person; nothing there, 404.
/// </summary>
public static class CommandOutcomes
{
    public const string SuccessKey = "Success";
    public const string ProblemKey = "Problem";

    /// <summary>
    /// For a button (propose, agree, start): saved, the success banner on <paramref name="next"/>; refused or
    /// conflicted, the reason as a problem banner on the same <paramref name="next"/> page.
    /// </summary>
    public static IActionResult Outcome(this Controller controller, CommandResult result, string success, IActionResult next)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Status == CommandStatus.NotFound)
        {
            return controller.NotFound();
        }

        controller.TempData[result.Succeeded ? SuccessKey : ProblemKey] = result.Succeeded ? success : result.Message;
        return next;
    }

    /// <summary>
    /// For work done in the background: queued, on to the job's page; already under way (someone asked first, on this
    /// instance or another), on to that job's page, saying so. Anything else: the reason as a problem banner on the
    /// page the caller goes back to (null is returned for it to choose).
    /// </summary>
    public static async Task<IActionResult?> QueuedAsync(this Controller controller, QueueJob queue, JobRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(request);
        var result = await queue.QueueAsync(request, cancellationToken);
        if (result.Succeeded)
        {
            return controller.RedirectToAction("Show", "Jobs", new { id = result.Value });
        }

        if (result.Status == CommandStatus.Conflict && await queue.UnderWayAsync(request.Key, cancellationToken) is { } underWay)
        {
            controller.TempData[ProblemKey] = request.AlreadyUnderWay;
            return controller.RedirectToAction("Show", "Jobs", new { id = underWay });
        }

        controller.TempData[ProblemKey] = result.Message ?? "It could not be started. Try again.";
        return null;
    }

    /// <summary>
    /// For a form: saved, the success banner on <paramref name="next"/>; refused or conflicted, the reason in the
    /// error summary and the form shown again with the person's answers kept (<paramref name="showForm"/>).
    /// </summary>
    public static async Task<IActionResult> FormOutcome(
        this Controller controller, CommandResult result, string success, Func<IActionResult> next, Func<Task<IActionResult>> showForm)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(showForm);
        switch (result.Status)
        {
            case CommandStatus.NotFound:
                return controller.NotFound();
            case CommandStatus.Saved:
                controller.TempData[SuccessKey] = success;
                return next();
            default:
                controller.ModelState.AddModelError(result.Field ?? string.Empty, result.Message ?? CommandResult.ConflictMessage);
                return await showForm();
        }
    }
}

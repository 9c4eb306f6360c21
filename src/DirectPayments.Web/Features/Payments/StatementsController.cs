using DirectPayments.Application.Jobs;
using DirectPayments.Application.Payments.Statements;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Payments;

/// <summary>Finance imports the card provider's statement file for every account at once.</summary>
[Authorize(Policy = Policies.Payments)]
[Route("payments/statements")]
public sealed class StatementsController : Controller
{
    /// <summary>A month's file for a large council is tens of megabytes; a million lines is about 100 MB.</summary>
    public const long MaximumBytes = 256L * 1024 * 1024;

    [HttpGet("")]
    public IActionResult Index() => View();

    [HttpPost("")]
    [RequestSizeLimit(MaximumBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaximumBytes)]
    public async Task<IActionResult> Import(IFormFile? file, [FromServices] QueueJob queue, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Select the statement file");
            return View(nameof(Index));
        }

        // Imported in the background from a copy kept with the job: finance follows it on the job's page.
        await using var stream = file.OpenReadStream();
        var request = await StatementImportJob.RequestAsync(Path.GetFileName(file.FileName), stream, cancellationToken);
        return await this.QueuedAsync(queue, request, cancellationToken) ?? RedirectToAction(nameof(Index));
    }
}

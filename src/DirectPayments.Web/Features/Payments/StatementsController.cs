using DirectPayments.Domain.Common;
using DirectPayments.Infrastructure.Statements;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Payments;

/// <summary>Finance imports the card provider's statement file for every account at once.</summary>
[Authorize(Policy = Policies.Payments)]
[Route("payments/statements")]
public sealed class StatementsController(StatementImporter importer, CouncilClock clock) : Controller
{
    /// <summary>A month's file for a large council is tens of megabytes; a million lines is about 100 MB.</summary>
    public const long MaximumBytes = 256L * 1024 * 1024;

    [HttpGet("")]
    public IActionResult Index() => View();

    [HttpPost("")]
    [RequestSizeLimit(MaximumBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaximumBytes)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Select the statement file");
            return View(nameof(Index));
        }

        await using var stream = file.OpenReadStream();
        var result = await importer.ImportAsync(stream, clock.Today, cancellationToken);
        ViewData["FileName"] = file.FileName;
        return View("Result", result);
    }
}

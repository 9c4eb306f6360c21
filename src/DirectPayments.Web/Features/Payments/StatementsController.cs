using DirectPayments.Application.Payments.Statements;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Payments;

/// <summary>A statement file imported: its name as finance chose it, and what the import did.</summary>
public sealed record ImportedStatement(string FileName, StatementImportResult Result);

/// <summary>Finance imports the card provider's statement file for every account at once.</summary>
[Authorize(Policy = Policies.Payments)]
[Route("payments/statements")]
public sealed class StatementsController(ImportCardStatements import) : Controller
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
        var imported = await import.RunAsync(stream, file.FileName, cancellationToken);
        if (imported.Value is not { } result)
        {
            ModelState.AddModelError(string.Empty, imported.Message ?? "The file could not be imported. Try again.");
            return View(nameof(Index));
        }

        return View("Result", new ImportedStatement(file.FileName, result));
    }
}

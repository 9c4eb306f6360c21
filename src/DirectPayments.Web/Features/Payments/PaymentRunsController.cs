using System.Globalization;
using System.Text;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Payments;

/// <summary>Finance: preview a period's payments, commit them once, and download the payment file.</summary>
[Authorize(Policy = Policies.Payments)]
[Route("payments")]
public sealed class PaymentRunsController(PaymentRuns runs) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var current = runs.Calendar.PeriodContaining(runs.Today);
        ViewData["Periods"] = new[] { current, current.Next };
        return View(await runs.ListAsync(cancellationToken));
    }

    [HttpGet("preview")]
    public async Task<IActionResult> Preview(string? period, CancellationToken cancellationToken)
    {
        if (ParsePeriod(period) is not { } chosen)
        {
            return NotFound();
        }

        return View(await runs.PreviewAsync(chosen, cancellationToken));
    }

    [HttpPost("runs")]
    public async Task<IActionResult> Commit(string? period, CancellationToken cancellationToken)
    {
        if (ParsePeriod(period) is not { } chosen)
        {
            return NotFound();
        }

        var outcome = await runs.CommitAsync(chosen, User, cancellationToken);
        if (outcome.Run is { } run)
        {
            TempData["Success"] = $"{run.PaymentCount} payments committed, {run.ControlTotal} in all";
            return Redirect($"/payments/runs/{run.Id}");
        }

        TempData["Problem"] = outcome.Refused;
        return Redirect($"/payments/preview?period={chosen.Start:yyyy-MM-dd}");
    }

    [HttpGet("runs/{id:guid}")]
    public async Task<IActionResult> Run(Guid id, CancellationToken cancellationToken) =>
        await runs.FindAsync(id, cancellationToken) is { } found ? View(found) : NotFound();

    [HttpGet("runs/{id:guid}/payment-file.csv")]
    public async Task<IActionResult> PaymentFile(Guid id, CancellationToken cancellationToken)
    {
        if (await runs.FindAsync(id, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        return File(Encoding.UTF8.GetBytes(PaymentRuns.PaymentFile(found.Run, found.Payments)), "text/csv",
            $"payments-{found.Run.PeriodStart:yyyy-MM-dd}.csv");
    }

    private PaymentPeriod? ParsePeriod(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) && runs.Calendar.StartsPeriod(start)
            ? new PaymentPeriod(start)
            : null;
}

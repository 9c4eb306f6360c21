using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using DirectPayments.Application.CaseManagement.Cases;
using DirectPayments.Application.Common;
using DirectPayments.Application.Jobs;
using DirectPayments.Application.Payments.Runs;
using DirectPayments.Domain.Payments;
using DirectPayments.Web.Components;
using DirectPayments.Web.Features.Shared;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.Payments;

/// <summary>The commit form: why a period already past is being paid late (needed for that period only).</summary>
public sealed class PaymentRunForm
{
    [Display(Name = "Why this period is being paid late")]
    public string? LateReason { get; set; }

    /// <summary>How many payments the preview showed when finance chose to commit it.</summary>
    public int? PaymentsSeen { get; set; }

    /// <summary>The preview's control total then, in pence.</summary>
    public long? PenceSeen { get; set; }

    /// <summary>How many contribution invoices and credit notes the preview showed (ADR 53).</summary>
    public int? InvoicesSeen { get; set; }

    /// <summary>What they came to then, invoiced less credited, in pence.</summary>
    public long? InvoicedPenceSeen { get; set; }

    /// <summary>The period's preview (never bound from the post).</summary>
    [BindNever]
    public RunPreviewPage? Page { get; set; }
}

/// <summary>Finance: preview a period's payments, commit them once, and download the payment file and the contribution invoices.</summary>
[Authorize(Policy = Policies.Payments)]
[Route("payments")]
public sealed class PaymentRunsController(PaymentRunPages pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? page, string? sort, string? order, CancellationToken cancellationToken)
    {
        var sorting = PaymentRunsHome.OrderFrom(sort, order);
        return View(new PaymentRunsHome(await pages.ListAsync(Paging.Requested(page), sorting, cancellationToken), sorting));
    }

    /// <summary>Finding a person's account among everyone who has had a direct payment.</summary>
    [HttpGet("search")]
    public async Task<IActionResult> Search(string? q, string? page, [FromServices] CaseSearch search, CancellationToken cancellationToken) =>
        View("CaseSearch", await CaseSearchPage.ReadAsync(search, CaseSearchArea.Payments, q, page, cancellationToken));

    /// <summary>A period a run may be for: what it would pay. Any other period: why not, in the error summary.</summary>
    [HttpGet("preview")]
    public async Task<IActionResult> Preview(string? period, string? page, CancellationToken cancellationToken) =>
        ParsePeriod(period) is { } chosen ? await ShowPreview(chosen, new PaymentRunForm(), Paging.Requested(page), cancellationToken) : NotFound();

    /// <summary>
    /// Asked for: the run is committed in the background, and finance goes to its job's page, which follows it and then
    /// links to the run and its payment file. A period out of the window, or a late one without a reason that will do:
    /// the preview again with the error and the reason kept. A run for the period already under way: its page.
    /// </summary>
    [HttpPost("runs")]
    public async Task<IActionResult> Commit(string? period, PaymentRunForm form, [FromServices] QueueJob queue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (ParsePeriod(period) is not { } chosen)
        {
            return NotFound();
        }

        if (pages.CommitProblem(chosen, form.LateReason, nameof(form.LateReason)) is { } problem)
        {
            ModelState.AddModelError(problem.Field ?? string.Empty, problem.Message);
            return await ShowPreview(chosen, form, page: null, cancellationToken);
        }

        var seen = new RunSeen(form.PaymentsSeen, form.PenceSeen, form.InvoicesSeen, form.InvoicedPenceSeen);
        if (await pages.ChangedSinceSeenAsync(chosen, seen, cancellationToken) is { } changed)
        {
            ModelState.AddModelError(string.Empty, changed.Message);
            form.Page = changed.Preview;
            return View(nameof(Preview), form);
        }

        var request = PaymentRunJob.Request(chosen, form.LateReason, seen);
        return await this.QueuedAsync(queue, request, cancellationToken)
            ?? RedirectToAction(nameof(Preview), new { period = chosen.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
    }

    [HttpGet("runs/{id:guid}")]
    public async Task<IActionResult> Run(Guid id, string? page, CancellationToken cancellationToken) =>
        await pages.FindAsync(id, Paging.Requested(page), cancellationToken) is { } found ? View(found) : NotFound();

    /// <summary>The file with accounts in full: finance only, and each download audited.</summary>
    [Authorize(Policy = Policies.PaymentFile)]
    [HttpGet("runs/{id:guid}/payment-file.csv")]
    public async Task<IActionResult> PaymentFile(Guid id, [FromServices] DownloadPaymentFile download, CancellationToken cancellationToken)
    {
        var result = await download.RunAsync(id, cancellationToken);
        if (result.Value is not { } page)
        {
            return result.Status == Application.Common.CommandStatus.NotFound ? NotFound() : RedirectToAction(nameof(Run), new { id });
        }

        // Never kept by a browser or a proxy: it carries account numbers in full.
        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes(Payments.PaymentFile.Csv(page.Run, page.Payments)), "text/csv", $"payments-{page.Run.PeriodStart:yyyy-MM-dd}.csv");
    }

    /// <summary>
    /// The run's contribution invoices and credit notes for the debtors system, each download audited. The run page's
    /// policy (the controller's <see cref="Policies.Payments"/>: finance and administrators), not the payment file's: it
    /// names people and what they owe, as the run page does, but has no account numbers.
    /// </summary>
    [HttpGet("runs/{id:guid}/contribution-invoices.csv")]
    public async Task<IActionResult> ContributionInvoices(Guid id, [FromServices] DownloadContributionInvoices download, CancellationToken cancellationToken)
    {
        var result = await download.RunAsync(id, cancellationToken);
        if (result.Value is not { } file)
        {
            return result.Status == Application.Common.CommandStatus.NotFound ? NotFound() : RedirectToAction(nameof(Run), new { id });
        }

        // Never kept by a browser or a proxy: it says what people owe the council.
        Response.Headers.CacheControl = "no-store";
        return File(Encoding.UTF8.GetBytes(ContributionInvoiceFile.Csv(file.Lines)), "text/csv", $"contribution-invoices-{file.Run.PeriodStart:yyyy-MM-dd}.csv");
    }

    private async Task<IActionResult> ShowPreview(PaymentPeriod period, PaymentRunForm form, int? page, CancellationToken cancellationToken)
    {
        form.Page = await pages.PreviewAsync(period, page, cancellationToken);
        if (form.Page.Refusal is { } refusal && ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, refusal);
        }

        return View(nameof(Preview), form);
    }

    private PaymentPeriod? ParsePeriod(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) ? pages.PeriodStartingOn(start) : null;
}

/// <summary>The runs page, and how its committed runs are sorted.</summary>
public sealed record PaymentRunsHome(PaymentRunsPage Page, PaymentRunOrder Order)
{
    public static IReadOnlyList<SortableColumn> Columns { get; } =
    [
        new("period", "Period", "oldest first", "newest first", FirstDescending: true),
        new("payments", "Payments", "fewest first", "most first", Numeric: true, FirstDescending: true),
        new("total", "Control total", "lowest first", "highest first", Numeric: true, FirstDescending: true),
        new("committed", "Committed", null, null),
    ];

    public static PaymentRunOrder OrderFrom(string? sort, string? order)
    {
        var (key, descending) = SortableHeadings.Read(Columns, sort, order, "period", usualDescending: true);
        return new PaymentRunOrder(Enum.Parse<PaymentRunSort>(key, ignoreCase: true), descending);
    }

    public SortableHeadings Headings => new("/payments", Columns, Order.By.ToString().ToLowerInvariant(), Order.Descending, "period", UsualDescending: true);
}

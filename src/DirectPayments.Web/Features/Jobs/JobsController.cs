using DirectPayments.Application.Common;
using DirectPayments.Application.Jobs;
using DirectPayments.Domain.Jobs;
using DirectPayments.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.Jobs;

/// <summary>
/// A background job's page: where it has got to while it runs (the page follows it without a reload, by a script of
/// our own, or by its refresh link), then how it ended and what it made. Only people whose role may ask for that kind
/// of job see it; anyone else is told there is no such page.
/// </summary>
[Authorize]
[Route("jobs")]
public sealed class JobsController(JobPages pages, IAuthorizationService authorization) : Controller
{
    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Show(Guid id, CancellationToken cancellationToken) =>
        await AllowedAsync(id, cancellationToken) is { } page ? View(page) : NotFound();

    /// <summary>Where the job has got to, for the page's script; never kept by a browser or a proxy.</summary>
    [HttpGet("{id:guid}/progress")]
    public async Task<IActionResult> Progress(Guid id, CancellationToken cancellationToken)
    {
        if (await AllowedAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        return Json(new { finished = page.Finished, done = page.Done, total = page.Total, percent = page.Percent, words = JobWords.Progress(page) });
    }

    private async Task<JobPage?> AllowedAsync(Guid id, CancellationToken cancellationToken)
    {
        var page = await pages.FindAsync(id, cancellationToken);
        if (page is null)
        {
            return null;
        }

        var policy = page.Kind == JobKind.Uprating ? Policies.Administration : Policies.Payments;
        return (await authorization.AuthorizeAsync(User, policy)).Succeeded ? page : null;
    }
}

/// <summary>A job's state in words.</summary>
public static class JobWords
{
    public static string Status(JobStatus status) => DisplayNames.Of(status);

    public static string Progress(JobPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Finished)
        {
            return Status(page.Status);
        }

        var stage = page.Stage ?? Status(page.Status);
        return page.Percent is { } percent ? $"{stage}: {percent}% done" : stage;
    }

    /// <summary>Where the thing the job made is shown, if it made one.</summary>
    public static (string Text, string Url)? Result(JobPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return (page.Status, page.Kind, page.ResultId) switch
        {
            (JobStatus.Succeeded, JobKind.PaymentRun, { } run) => ("View the run and its payment file", $"/payments/runs/{run}"),
            (JobStatus.Succeeded, JobKind.StatementImport, _) => ("Import another statement file", "/payments/statements"),
            (_, JobKind.PaymentRun, _) => ("Back to payment runs", "/payments"),
            (_, JobKind.StatementImport, _) => ("Back to statement files", "/payments/statements"),
            _ => ("Back to uprating", "/administration/uprating"),
        };
    }
}

using DirectPayments.Application.Common;
using DirectPayments.Application.CaseManagement.Documents;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>
/// The documents the person sent (bank statements, benefit letters, receipts), for the case manager to check, and a
/// request for more: a letter on the person's dashboard, e-mailed to them, saying what is needed and by when.
/// </summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/documents")]
public sealed class CaseDocumentsController(CaseDocumentPages pages, IValidator<DocumentRequestViewModel> validator) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(Guid id, CancellationToken cancellationToken) => ShowForm(id, new DocumentRequestViewModel(), cancellationToken);

    [HttpPost("request")]
    public async Task<IActionResult> AskFor(Guid id, DocumentRequestViewModel model, [FromServices] AskForDocuments ask, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await ShowForm(id, model, cancellationToken);
        }

        var result = await ask.RunAsync(id, model.What!, model.By!.Value, cancellationToken);
        return await this.FormOutcome(
            result, $"{result.Value} has been asked for the documents", () => RedirectToAction(nameof(Index), new { id }), () => ShowForm(id, model, cancellationToken));
    }

    [HttpGet("{fileId:guid}")]
    public async Task<IActionResult> Download(Guid id, Guid fileId, [FromServices] RecordDownload record, CancellationToken cancellationToken)
    {
        if (await pages.OpenAsync(id, fileId, cancellationToken) is not { } document)
        {
            return NotFound();
        }

        if (!await record.RunAsync(id, $"the document {document.FileName}", cancellationToken))
        {
            await document.Content.DisposeAsync();
            return NotFound();
        }

        // Always a download with the type checked at upload, so a browser never renders a person's file as a page.
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(document.Content, document.ContentType, document.FileName);
    }

    private async Task<IActionResult> ShowForm(Guid id, DocumentRequestViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        return View(nameof(Index), model);
    }
}

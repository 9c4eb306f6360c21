using DirectPayments.Application.Common;
using DirectPayments.Application.Citizen.Evidence;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Evidence;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.Citizen;

/// <summary>The person sends their case manager documents (benefit letters, bank statements, receipts) and reads them back.</summary>
[Authorize(Policy = Policies.Citizen)]
[Route("citizen/cases/{id:guid}/evidence")]
public sealed class EvidenceController(EvidencePages pages, IValidator<UploadEvidenceViewModel> validator) : Controller
{
    /// <summary>
    /// The most of an upload the portal reads: well beyond the 10 MB a document may be, so that a file a little too big
    /// (a scan of 12 or 40 MB) is read and refused by the form, linked to the file with the answers kept, rather than cut
    /// off before the form is read (the 400 page, the answers lost). Still a hard limit: a request beyond it is refused
    /// unread, so that nobody can fill the server's disk with one upload.
    /// </summary>
    public const long LargestUploadRead = 50L * 1024 * 1024;

    /// <summary>The request around the file: its other answers and the multipart headers.</summary>
    public const long LargestRequest = LargestUploadRead + (1024 * 1024);

    [HttpGet("")]
    public Task<IActionResult> Index(Guid id, string? purpose, string? description, Guid? transaction, string? proves, CancellationToken cancellationToken) =>
        // A link from a transaction on the account page says what the receipt is for; one from an answer of the
        // financial assessment, which answer the document shows (kept only if it is one of the answers, when shown).
        Show(id, new UploadEvidenceViewModel
        {
            Purpose = proves is { Length: > 0 } ? nameof(EvidencePurpose.FinancialAssessment) : EnumInput.IsDefined<EvidencePurpose>(purpose) ? purpose : null,
            Description = description is { Length: <= 200 } ? description : null,
            TransactionId = transaction,
            Proves = proves is { Length: <= EvidenceFile.MaximumProvesLength } ? proves : null,
        }, cancellationToken);

    [HttpPost("")]
    [RequestSizeLimit(LargestRequest)]
    [RequestFormLimits(MultipartBodyLengthLimit = LargestUploadRead)]
    public async Task<IActionResult> Index(Guid id, UploadEvidenceViewModel model, [FromServices] SendDocument send, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await Show(id, model, cancellationToken);
        }

        await using var file = model.File!.OpenReadStream();
        var document = new DocumentToSend(model.File.FileName, Enum.Parse<EvidencePurpose>(model.Purpose!), model.Description!, model.TransactionId, model.ProvesAnswer);
        var sent = await send.RunAsync(id, document, file, cancellationToken);
        return await this.FormOutcome(sent, sent.Message == SendDocument.UnknownAnswerMessage ? nameof(model.Proves) : nameof(model.File), $"{model.File.FileName} was sent to your case manager",
            () => RedirectToAction(nameof(Index), new { id }), () => Show(id, model, cancellationToken));
    }

    [HttpGet("{fileId:guid}")]
    public async Task<IActionResult> Download(Guid id, Guid fileId, [FromServices] RecordDownload record, CancellationToken cancellationToken)
    {
        if (await pages.OpenAsync(id, fileId, cancellationToken) is not { } opened)
        {
            return NotFound();
        }

        if (!await record.RunAsync(id, $"the document {opened.File.FileName}", cancellationToken))
        {
            await opened.Content.DisposeAsync();
            return NotFound();
        }

        return File(opened.Content, opened.File.ContentType, opened.File.FileName);
    }

    /// <summary>The upload page for a receipt for one payment, with what it is for filled in and the payment linked.</summary>
    public static string SendReceiptPath(Guid caseId, AccountTransaction payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var description = $"Receipt: {payment.Merchant ?? payment.Description}, {payment.Date.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}, {-payment.Amount}";
        return $"/citizen/cases/{caseId}/evidence?purpose=Receipt&transaction={payment.Id}&description={Uri.EscapeDataString(description)}";
    }

    /// <summary>The answers a document can show, then none of them.</summary>
    public static IEnumerable<SelectListItem> AnswersToShow(EvidencePage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return
        [
            .. page.Answers.Select(a => new GovUkChoiceItem(a.Answer, a.Answer)),
            new GovUkChoiceItem(UploadEvidenceViewModel.ShowsNoAnswer, "It does not show one of these answers"),
        ];
    }

    public static IEnumerable<SelectListItem> Purposes() =>
    [
        new GovUkChoiceItem(nameof(EvidencePurpose.FinancialAssessment), "Evidence for a financial assessment", "For example benefit letters, pension statements or bank statements"),
        new GovUkChoiceItem(nameof(EvidencePurpose.Receipt), "A receipt or invoice for something paid with the direct payment"),
        new GovUkChoiceItem(nameof(EvidencePurpose.Statement), "A statement of the direct payment bank account"),
        new GovUkChoiceItem(nameof(EvidencePurpose.Other), "Something else"),
    ];

    private async Task<IActionResult> Show(Guid id, UploadEvidenceViewModel model, CancellationToken cancellationToken)
    {
        if (await pages.FindAsync(id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        model.Page = page;
        if (model.Proves is { } proves && proves != UploadEvidenceViewModel.ShowsNoAnswer && !page.Answers.Any(a => a.Answer == proves))
        {
            // A link naming an answer no longer in the latest assessment chooses none.
            model.Proves = null;
        }

        return View(nameof(Index), model);
    }
}

using DirectPayments.Domain.Evidence;
using DirectPayments.Web.Components;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.Citizen;

[Authorize(Policy = Policies.Citizen)]
[Route("citizen/cases/{id:guid}/evidence")]
public sealed class EvidenceController(IEvidenceUploads uploads, IValidator<UploadEvidenceViewModel> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, string? purpose, string? description, Guid? transaction, CancellationToken cancellationToken)
    {
        if (await uploads.ListAsync(User, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        // A link from a transaction on the account page says what the receipt is for.
        return View(new UploadEvidenceViewModel
        {
            Purpose = EnumInput.IsDefined<DirectPayments.Domain.Evidence.EvidencePurpose>(purpose) ? purpose : null,
            Description = description is { Length: <= 200 } ? description : null,
            TransactionId = transaction,
        });
    }

    [HttpPost("")]
    [RequestFormLimits(MultipartBodyLengthLimit = EvidenceFile.MaximumBytes + (1024 * 1024))]
    public async Task<IActionResult> Index(Guid id, UploadEvidenceViewModel model, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var (found, error) = await uploads.UploadAsync(User, id, model, cancellationToken);
            if (!found)
            {
                return NotFound();
            }

            if (error is null)
            {
                TempData["Success"] = $"{model.File!.FileName} was sent to your case manager";
                return RedirectToAction(nameof(Index), new { id });
            }

            ModelState.AddModelError(nameof(model.File), error);
        }

        if (await uploads.ListAsync(User, id, cancellationToken) is not { } page)
        {
            return NotFound();
        }

        ViewData["Page"] = page;
        return View(model);
    }

    [HttpGet("{fileId:guid}")]
    public async Task<IActionResult> Download(Guid id, Guid fileId, CancellationToken cancellationToken) =>
        await uploads.OpenAsync(User, id, fileId, cancellationToken) is { } opened
            ? File(opened.Content, opened.File.ContentType, opened.File.FileName)
            : NotFound();

    /// <summary>The upload page for a receipt for one payment, with what it is for filled in and the payment linked.</summary>
    public static string SendReceiptPath(Guid caseId, DirectPayments.Domain.Accounts.AccountTransaction payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        var description = $"Receipt: {payment.Merchant ?? payment.Description}, {payment.Date.ToString("d MMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"))}, {-payment.Amount}";
        return $"/citizen/cases/{caseId}/evidence?purpose=Receipt&transaction={payment.Id}&description={Uri.EscapeDataString(description)}";
    }

    public static IEnumerable<SelectListItem> Purposes() =>
    [
        new GovUkChoiceItem(nameof(EvidencePurpose.FinancialAssessment), "Evidence for a financial assessment", "For example benefit letters, pension statements or bank statements"),
        new GovUkChoiceItem(nameof(EvidencePurpose.Receipt), "A receipt or invoice for something paid with the direct payment"),
        new GovUkChoiceItem(nameof(EvidencePurpose.Statement), "A statement of the direct payment bank account"),
        new GovUkChoiceItem(nameof(EvidencePurpose.Other), "Something else"),
    ];
}

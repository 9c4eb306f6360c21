using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Evidence;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.CaseManagement;

public sealed class DocumentRequestViewModel
{
    [Display(Name = "What documents do you need?")]
    public string? What { get; set; }

    [Display(Name = "Date you need them by")]
    public DateOnly? By { get; set; }
}

public sealed class DocumentRequestValidator : AbstractValidator<DocumentRequestViewModel>
{
    public DocumentRequestValidator(CouncilClock clock)
    {
        RuleFor(m => m.What)
            .NotEmpty().WithMessage("Enter what documents you need")
            .MaximumLength(2000).WithMessage("What documents you need must be 2,000 characters or fewer");
        RuleFor(m => m.By).NotNull().WithMessage("Enter the date you need them by");
        RuleFor(m => m.By)
            .Must(d => d is null || d > clock.Today)
            .WithMessage("Date you need them by must be in the future");
    }
}

/// <summary>
/// The documents the person sent (bank statements, benefit letters, receipts), for the case manager to check, and a
/// request for more: a letter on the person's dashboard, e-mailed to them, saying what is needed and by when.
/// </summary>
[Authorize(Policy = Policies.CaseManagement)]
[Route("case-management/cases/{id:guid}/documents")]
public sealed class CaseDocumentsController(
    DirectPaymentsDbContext db,
    IAuthorizationService authorization,
    IEvidenceStore store,
    IValidator<DocumentRequestViewModel> validator,
    CouncilClock clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(Guid id, CancellationToken cancellationToken)
    {
        if (await ManagedCase(id, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        await Show(careCase, cancellationToken);
        return View(new DocumentRequestViewModel());
    }

    [HttpPost("request")]
    public async Task<IActionResult> AskFor(Guid id, DocumentRequestViewModel model, CancellationToken cancellationToken)
    {
        if (await ManagedCase(id, cancellationToken) is not { } careCase)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(model, cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            db.Add(new Notice(careCase.Id, NoticeKind.EvidenceRequested, $"Please send us documents by {model.By!.Value:d MMMM yyyy}",
                $"Your case manager needs: {model.What!.Trim()} Send them from your case page (\"Send documents to your case manager\") by {model.By.Value:d MMMM yyyy}. "
                + "If you cannot, tell your case manager.", [], clock.UtcNow));
            await db.SaveChangesAsync(cancellationToken);
            TempData["Success"] = $"{careCase.SubjectName} has been asked for the documents";
            return Redirect($"/case-management/cases/{id}/documents");
        }

        await Show(careCase, cancellationToken);
        return View(nameof(Index), model);
    }

    [HttpGet("{fileId:guid}")]
    public async Task<IActionResult> Download(Guid id, Guid fileId, CancellationToken cancellationToken)
    {
        if (await ManagedCase(id, cancellationToken) is null
            || await db.Set<EvidenceFile>().SingleOrDefaultAsync(f => f.Id == fileId && f.CaseId == id, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        // Always a download with the type checked at upload, so a browser never renders a person's file as a page.
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(store.Open(file), file.ContentType, file.FileName);
    }

    private async Task Show(CareCase careCase, CancellationToken cancellationToken)
    {
        ViewData["Case"] = careCase;
        ViewData["Files"] = (await db.Set<EvidenceFile>().Where(f => f.CaseId == careCase.Id).ToListAsync(cancellationToken))
            .OrderByDescending(f => f.UploadedAt).ToList();
        ViewData["Requests"] = (await db.Set<Notice>().Where(n => n.CaseId == careCase.Id && n.Kind == NoticeKind.EvidenceRequested).ToListAsync(cancellationToken))
            .OrderByDescending(n => n.CreatedAt).ToList();
    }

    private async Task<CareCase?> ManagedCase(Guid id, CancellationToken cancellationToken)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return careCase is not null && (await authorization.AuthorizeAsync(User, careCase, CaseOperations.Manage)).Succeeded ? careCase : null;
    }
}

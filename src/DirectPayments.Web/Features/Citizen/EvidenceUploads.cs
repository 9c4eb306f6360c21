using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Evidence;
using DirectPayments.Infrastructure.Data;
using DirectPayments.Infrastructure.Evidence;
using DirectPayments.Web.Infrastructure;
using DirectPayments.Web.Infrastructure.Security;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Web.Features.Citizen;

public sealed class UploadEvidenceViewModel
{
    [Display(Name = "File")]
    public IFormFile? File { get; set; }

    [Display(Name = "What is this document?")]
    public string? Description { get; set; }

    [Display(Name = "What is it for?")]
    public string? Purpose { get; set; }

    /// <summary>The account line this is a receipt for, when sent from that line.</summary>
    public Guid? TransactionId { get; set; }
}

public sealed class UploadEvidenceValidator : AbstractValidator<UploadEvidenceViewModel>
{
    public UploadEvidenceValidator()
    {
        RuleFor(m => m.File).NotNull().WithMessage("Select a file");
        RuleFor(m => m.File!.Length).Must(l => l > 0).WithMessage("The selected file is empty").When(m => m.File is not null).OverridePropertyName(nameof(UploadEvidenceViewModel.File));
        RuleFor(m => m.File!.Length).Must(l => l <= EvidenceFile.MaximumBytes).WithMessage("The selected file must be smaller than 10 MB")
            .When(m => m.File is not null).OverridePropertyName(nameof(UploadEvidenceViewModel.File));
        RuleFor(m => m.Description)
            .NotEmpty().WithMessage("Enter what the document is, for example bank statement for October")
            .MaximumLength(500).WithMessage("Description must be 500 characters or fewer");
        RuleFor(m => m.Purpose).Must(EnumInput.IsDefined<EvidencePurpose>).WithMessage("Select what the document is for");
    }
}

public sealed record EvidencePage(CareCase Case, IReadOnlyList<EvidenceFile> Files);

public interface IEvidenceUploads
{
    Task<EvidencePage?> ListAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default);

    /// <summary>Checks the file's content and stores it with its record; returns an error message, or null when saved.</summary>
    Task<(bool Found, string? Error)> UploadAsync(ClaimsPrincipal user, Guid caseId, UploadEvidenceViewModel model, CancellationToken cancellationToken = default);

    Task<(EvidenceFile File, Stream Content)?> OpenAsync(ClaimsPrincipal user, Guid caseId, Guid fileId, CancellationToken cancellationToken = default);
}

public sealed class EvidenceUploads(
    DirectPaymentsDbContext db,
    IEvidenceStore store,
    IAuthorizationService authorization,
    CouncilClock clock) : IEvidenceUploads
{
    public const string WrongTypeMessage = "The selected file must be a PDF, JPG or PNG";

    public const string UnknownPaymentMessage = "The payment this receipt is for is not on your account. Send it from the payment on your account page";

    public async Task<EvidencePage?> ListAsync(ClaimsPrincipal user, Guid caseId, CancellationToken cancellationToken = default)
    {
        var careCase = await Authorised(user, caseId, CaseOperations.View, cancellationToken);
        if (careCase is null)
        {
            return null;
        }

        var files = await db.Set<EvidenceFile>().Where(f => f.CaseId == caseId).OrderByDescending(f => f.UploadedAt).ToListAsync(cancellationToken);
        return new EvidencePage(careCase, files);
    }

    public async Task<(bool Found, string? Error)> UploadAsync(ClaimsPrincipal user, Guid caseId, UploadEvidenceViewModel model, CancellationToken cancellationToken = default)
    {
        if (await Authorised(user, caseId, CaseOperations.ActAsPerson, cancellationToken) is null)
        {
            return (false, null);
        }

        if (model.TransactionId is { } transactionId
            && !await db.Set<AccountTransaction>().AnyAsync(t => t.Id == transactionId && t.CaseId == caseId && t.Kind == TransactionKind.Spend, cancellationToken))
        {
            return (true, UnknownPaymentMessage);
        }

        await using var content = new MemoryStream();
        await model.File!.CopyToAsync(content, cancellationToken);
        var header = content.GetBuffer().AsSpan(0, (int)Math.Min(content.Length, 16));
        var contentType = FileSignatures.Detect(header);
        if (contentType is null)
        {
            return (true, WrongTypeMessage);
        }

        var file = new EvidenceFile(caseId, Enum.Parse<EvidencePurpose>(model.Purpose!), model.File.FileName, contentType, content.Length,
            model.Description!, user.FindFirstValue(ClaimTypes.Name) ?? "citizen", clock.UtcNow, model.TransactionId);
        content.Position = 0;
        await store.SaveAsync(file, content, cancellationToken);
        db.Add(file);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Nothing saved half-way: no record means no file either.
            store.Delete(file);
            throw;
        }

        return (true, null);
    }

    public async Task<(EvidenceFile File, Stream Content)?> OpenAsync(ClaimsPrincipal user, Guid caseId, Guid fileId, CancellationToken cancellationToken = default)
    {
        if (await Authorised(user, caseId, CaseOperations.View, cancellationToken) is null)
        {
            return null;
        }

        var file = await db.Set<EvidenceFile>().SingleOrDefaultAsync(f => f.Id == fileId && f.CaseId == caseId, cancellationToken);
        return file is null ? null : (file, store.Open(file));
    }

    private async Task<CareCase?> Authorised(ClaimsPrincipal user, Guid caseId, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
    {
        var careCase = await db.Set<CareCase>().Include(c => c.Members).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken);
        return careCase is not null && (await authorization.AuthorizeAsync(user, careCase, operation)).Succeeded ? careCase : null;
    }
}

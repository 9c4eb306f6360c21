using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Evidence;

public enum EvidencePurpose
{
    FinancialAssessment,
    Receipt,
    Statement,
    Other,
}

/// <summary>
/// A document a person sent for their case: bank statements, benefit letters, receipts. The bytes are kept outside
/// the web root under a name of the portal's own; this records what it is and who sent it.
/// </summary>
public sealed class EvidenceFile : IAudited
{
    public const long MaximumBytes = 10 * 1024 * 1024;

    private EvidenceFile()
    {
        FileName = string.Empty;
        ContentType = string.Empty;
        StoredName = string.Empty;
        Description = string.Empty;
        UploadedBy = string.Empty;
    }

    public EvidenceFile(Guid caseId, EvidencePurpose purpose, string fileName, string contentType, long sizeBytes, string description, string uploadedBy, DateTimeOffset uploadedAt, Guid? transactionId = null)
        : this()
    {
        if (sizeBytes is <= 0 or > MaximumBytes)
        {
            throw new DomainException("A file must be smaller than 10 MB and not empty.");
        }

        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Purpose = purpose;
        FileName = SafeName(fileName, contentType);
        ContentType = contentType;
        SizeBytes = sizeBytes;
        StoredName = $"{Id:N}";
        Description = description.Trim();
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
        TransactionId = transactionId;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public EvidencePurpose Purpose { get; private set; }

    /// <summary>The name the person's file had, cleaned for display and download; never used as a path.</summary>
    public string FileName { get; private set; }

    /// <summary>The type found from the file's content, not from its name.</summary>
    public string ContentType { get; private set; }

    public long SizeBytes { get; private set; }

    public string StoredName { get; private set; }

    public string Description { get; private set; }

    public string UploadedBy { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>The line of the direct payment account this is the receipt for, when the person sent it from that line.</summary>
    public Guid? TransactionId { get; private set; }

    public const int MaximumProvesLength = 300;

    /// <summary>
    /// The answer in the person's financial assessment this document shows, in the words the assessment gives it
    /// ("Income: Employment and Support Allowance, £140.55 every week"); none for any other document.
    /// </summary>
    public string? Proves { get; private set; }

    /// <summary>Says which answer of the financial assessment this document shows.</summary>
    public void Shows(string answer)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(answer);
        if (answer.Length > MaximumProvesLength)
        {
            throw new DomainException("That answer is too long to name.");
        }

        Proves = answer;
    }

    Guid? IAudited.AuditCaseId => CaseId;

    // A readable stem of the person's name for the file (no path, no dots, nothing a download header or a file system
    // reads specially), and the extension of the type its content was found to be: "x.pdf%00.html" is saved as
    // "x-pdf.pdf", never as something a browser would open as a web page.
    private static string SafeName(string name, string contentType)
    {
        var justName = Path.GetFileName(name.Replace('\\', '/'));
        var dot = justName.LastIndexOf('.');
        var stem = dot > 0 ? justName[..dot] : justName;
        var cleaned = new string([.. stem.Select(c => c == '.' ? '-' : c).Where(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '_' or '(' or ')' or '&' or ',')]);
        cleaned = string.Join(' ', cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Trim('-', ' ');
        if (cleaned.Length == 0)
        {
            cleaned = "document";
        }

        return cleaned[..Math.Min(cleaned.Length, 150)] + FileSignatures.ExtensionFor(contentType);
    }
}

using DirectPayments.Application.Common.Paper;
using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Infrastructure;

/// <summary>Letters and statements sent as PDF files, and the print size a link can ask for.</summary>
public static class PaperResults
{
    /// <summary>"?print=large" or "?print=standard" on a PDF's address; anything else leaves the size to the person's needs.</summary>
    public static PrintSize? RequestedSize(string? print) => print?.Trim().ToLowerInvariant() switch
    {
        "large" => PrintSize.Large,
        "standard" => PrintSize.Standard,
        _ => null,
    };

    public static FileContentResult Pdf(this ControllerBase controller, PrintedDocument document)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(document);
        return controller.File(document.Pdf, "application/pdf", document.FileName);
    }
}

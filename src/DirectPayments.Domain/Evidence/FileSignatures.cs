using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Evidence;

/// <summary>
/// Tells a PDF, PNG or JPEG from its first bytes: the only kinds of document the portal accepts. The file's name and
/// the type the browser claims are not trusted.
/// </summary>
public static class FileSignatures
{
    /// <summary>How many of a file's first bytes are enough to tell its type.</summary>
    public const int HeaderLength = 16;

    private static readonly (string ContentType, string Extension, byte[] Signature)[] Known =
    [
        ("application/pdf", ".pdf", "%PDF-"u8.ToArray()),
        ("image/png", ".png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("image/jpeg", ".jpg", [0xFF, 0xD8, 0xFF]),
    ];

    /// <summary>The extension a file of this type is named with, whatever its name said.</summary>
    public static string ExtensionFor(string contentType) =>
        Known.FirstOrDefault(k => k.ContentType == contentType).Extension
        ?? throw new DomainException($"The portal does not accept files of type {contentType}.");

    /// <summary>The content type of a file that starts with <paramref name="header"/>, or null for one the portal does not accept.</summary>
    public static string? Detect(ReadOnlySpan<byte> header)
    {
        foreach (var (contentType, _, signature) in Known)
        {
            if (header.StartsWith(signature))
            {
                return contentType;
            }
        }

        return null;
    }
}

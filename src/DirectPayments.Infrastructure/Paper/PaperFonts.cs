using System.Reflection;
using PdfSharp.Fonts;

namespace DirectPayments.Infrastructure.Paper;

/// <summary>
/// The one typeface letters are printed in, DejaVu Sans (regular and bold), carried inside this assembly: a server has
/// no fonts PDFsharp could find (a Linux container has none at all), and a letter must look the same from every
/// instance. A clear sans-serif with every accent in the names councils write to. Its licence is in Fonts/LICENSE.txt.
/// </summary>
internal sealed class PaperFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lazy<bool> Registered = new(() =>
    {
        // PDFsharp keeps one resolver per process; something else may have set one (a test host), which is then kept.
        GlobalFontSettings.FontResolver ??= new PaperFonts();
        return true;
    });

    /// <summary>Makes the fonts known to PDFsharp, once per process, before the first document.</summary>
    public static void Register() => _ = Registered.Value;

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        // Italic is never used: it is harder to read (RNIB's clear print guidance), so every family prints as DejaVu.
        new(bold ? Bold : Regular);

    public byte[] GetFont(string faceName)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"DirectPayments.Paper.{faceName}.ttf")
            ?? throw new InvalidOperationException($"The font {faceName} is not in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

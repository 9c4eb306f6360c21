using System.Globalization;
using DirectPayments.Application.Common.Paper;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace DirectPayments.Infrastructure.Paper;

/// <summary>
/// Prints a <see cref="PaperDocument"/> on A4 with PDFsharp, in clear print (RNIB): a plain sans-serif, never smaller
/// than 12 point (16 point in large print), left-aligned, dark text on white. The PDF is tagged (PDF/UA structure:
/// headings, paragraphs, lists and tables) and in British English, so a screen reader reads it in order.
/// </summary>
public sealed class PdfPaperPrinter : IPaperPrinter
{
    public byte[] Print(PaperDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        PaperFonts.Register();

        var pdf = new PdfDocument();
        pdf.Info.Title = document.Title;
        pdf.Info.Author = document.Heading.From;
        pdf.Info.Subject = $"{document.Title}, {document.Heading.Reference}";
        pdf.Info.Creator = "Direct Payments";
        pdf.ViewerPreferences.DisplayDocTitle = true;
        var accessibility = UAManager.ForDocument(pdf);
        accessibility.SetDocumentLanguage("en-GB");

        using (var pages = new PageWriter(pdf, accessibility.StructureBuilder, PrintStyle.For(document.Size), document.Heading.Reference))
        {
            pages.Tagged(PdfGroupingElementTag.Document, () =>
            {
                pages.Heading(document.Heading);
                pages.Title(document.Title);
                foreach (var block in document.Blocks)
                {
                    switch (block)
                    {
                        case PaperSubheading subheading:
                            pages.Subheading(subheading.Text);
                            break;
                        case PaperParagraph paragraph:
                            pages.Paragraph(paragraph.Text);
                            break;
                        case PaperNumberedList list:
                            pages.NumberedList(list.Items);
                            break;
                        case PaperTable table:
                            pages.Table(table);
                            break;
                        default:
                            throw new NotSupportedException($"A {block.GetType().Name} cannot be printed.");
                    }
                }
            });
        }

        using var output = new MemoryStream();
        pdf.Save(output);
        return output.ToArray();
    }
}

/// <summary>Sizes for one print size, in points.</summary>
internal sealed record PrintStyle(double Body, double Title, double Subheading, double Council)
{
    public static PrintStyle For(PrintSize size) => size == PrintSize.Large
        ? new PrintStyle(Body: 16, Title: 24, Subheading: 20, Council: 24)
        : new PrintStyle(Body: 12, Title: 18, Subheading: 14, Council: 18);

    public bool Large => Body >= 16;
}

/// <summary>Writes lines down A4 pages, starting a new page when the next line would not fit, and tags what it writes.</summary>
internal sealed class PageWriter : IDisposable
{
    private const double Margin = 56.7; // 2 cm
    private static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(0x0b, 0x0c, 0x0c));
    private static readonly XPen Rule = new(XColor.FromArgb(0x50, 0x5a, 0x5f), 0.75);

    private readonly PdfDocument pdf;
    private readonly StructureBuilder tags;
    private readonly PrintStyle style;
    private readonly string reference;
    private readonly XFont body;
    private readonly XFont bold;
    private XGraphics? graphics;
    private double y;
    private int pageNumber;

    public PageWriter(PdfDocument pdf, StructureBuilder tags, PrintStyle style, string reference)
    {
        this.pdf = pdf;
        this.tags = tags;
        this.style = style;
        this.reference = reference;
        body = new XFont(PaperFonts.Family, style.Body, XFontStyleEx.Regular);
        bold = new XFont(PaperFonts.Family, style.Body, XFontStyleEx.Bold);
        NewPage();
    }

    private XGraphics Graphics => graphics!;

    private double Width => pdf.Pages[0].Width.Point - (2 * Margin);

    private double Bottom => pdf.Pages[0].Height.Point - Margin - LineHeight(body);

    public void Tagged(PdfGroupingElementTag tag, Action write)
    {
        tags.BeginElement(tag);
        write();
        tags.End();
    }

    /// <summary>The council's name and address, the person's name and address, the reference and the date.</summary>
    public void Heading(PaperHeading heading)
    {
        var council = new XFont(PaperFonts.Family, style.Council, XFontStyleEx.Bold);
        var details = new[]
        {
            $"Reference: {heading.Reference}",
            $"Date: {heading.Date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}",
        };
        if (style.Large)
        {
            // Large print is too wide for two columns: each block takes the whole width in turn.
            Block(PdfBlockLevelElementTag.Paragraph, [heading.From], council, Margin, Width);
            Block(PdfBlockLevelElementTag.Paragraph, heading.FromLines, body, Margin, Width);
            Gap();
            Block(PdfBlockLevelElementTag.Paragraph, [heading.To, .. heading.ToLines], body, Margin, Width);
            Gap();
            Block(PdfBlockLevelElementTag.Paragraph, details, body, Margin, Width);
            Gap();
            return;
        }

        // Standard print: the council on the right; the person on the left about 5 cm from the top of the page, where
        // a window envelope shows their address.
        var top = y;
        var column = Width * 0.42;
        var right = Margin + Width - column;
        Block(PdfBlockLevelElementTag.Paragraph, [heading.From], council, right, column);
        Block(PdfBlockLevelElementTag.Paragraph, heading.FromLines, body, right, column);
        Gap();
        Block(PdfBlockLevelElementTag.Paragraph, details, body, right, column);
        var afterCouncil = y;
        y = top + 85;
        Block(PdfBlockLevelElementTag.Paragraph, [heading.To, .. heading.ToLines], body, Margin, Width * 0.5);
        y = Math.Max(y, afterCouncil);
        Gap();
        Gap();
    }

    public void Title(string text)
    {
        var font = new XFont(PaperFonts.Family, style.Title, XFontStyleEx.Bold);
        Block(PdfBlockLevelElementTag.Heading1, [text], font, Margin, Width);
        Gap();
    }

    public void Subheading(string text)
    {
        var font = new XFont(PaperFonts.Family, style.Subheading, XFontStyleEx.Bold);
        // A heading is not left alone at the foot of a page.
        EnsureRoom((LineHeight(font) * 2) + (LineHeight(body) * 2));
        Block(PdfBlockLevelElementTag.Heading2, [text], font, Margin, Width);
        y += LineHeight(body) / 3;
    }

    public void Paragraph(string text)
    {
        foreach (var part in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Block(PdfBlockLevelElementTag.Paragraph, [part], body, Margin, Width);
            Gap();
        }
    }

    public void NumberedList(IReadOnlyList<string> items)
    {
        var indent = Graphics.MeasureString($"{items.Count}.  ", body).Width;
        tags.BeginElement(PdfBlockLevelElementTag.List);
        for (var i = 0; i < items.Count; i++)
        {
            var lines = Wrap(items[i], body, Width - indent);
            EnsureRoom(LineHeight(body));
            tags.BeginElement(PdfBlockLevelElementTag.ListItem);
            tags.BeginElement(PdfBlockLevelElementTag.Label);
            Graphics.DrawString($"{i + 1}.", body, Ink, Margin, y, XStringFormats.TopLeft);
            tags.End();
            tags.BeginElement(PdfBlockLevelElementTag.ListBody);
            foreach (var line in lines)
            {
                EnsureRoom(LineHeight(body));
                Graphics.DrawString(line, body, Ink, Margin + indent, y, XStringFormats.TopLeft);
                y += LineHeight(body);
            }

            tags.End();
            tags.End();
            y += LineHeight(body) / 4;
        }

        tags.End();
        Gap();
    }

    public void Table(PaperTable table)
    {
        var total = table.Columns.Sum(c => c.Share);
        var widths = table.Columns.Select(c => Width * c.Share / total).ToArray();
        const double padding = 4;
        tags.BeginElement(PdfBlockLevelElementTag.Table);

        void HeaderRow()
        {
            Row(table.Columns.Select(c => c.Heading).ToList(), bold, PdfBlockLevelElementTag.TableHeaderCell);
            Graphics.DrawLine(Rule, Margin, y, Margin + Width, y);
            y += padding;
        }

        void Row(IReadOnlyList<string> cells, XFont font, PdfBlockLevelElementTag cellTag)
        {
            var wrapped = cells.Select((cell, i) => Wrap(cell, font, widths[i] - (2 * padding))).ToList();
            var height = (wrapped.Max(w => w.Count) * LineHeight(font)) + padding;
            tags.BeginElement(PdfBlockLevelElementTag.TableRow);
            var x = Margin;
            for (var i = 0; i < cells.Count; i++)
            {
                tags.BeginElement(cellTag);
                var lineY = y;
                foreach (var line in wrapped[i])
                {
                    var box = new XRect(x + padding, lineY, widths[i] - (2 * padding), LineHeight(font));
                    Graphics.DrawString(line, font, Ink, box, table.Columns[i].Money ? XStringFormats.TopRight : XStringFormats.TopLeft);
                    lineY += LineHeight(font);
                }

                tags.End();
                x += widths[i];
            }

            tags.End();
            y += height;
        }

        HeaderRow();
        foreach (var row in table.Rows)
        {
            var height = table.Columns.Select((c, i) => Wrap(row[i], body, widths[i] - (2 * padding)).Count).Max() * LineHeight(body);
            if (y + height > Bottom)
            {
                NewPage();
                HeaderRow(); // each page of a long table says what its columns are
            }

            Row(row, body, PdfBlockLevelElementTag.TableDataCell);
            Graphics.DrawLine(Rule, Margin, y - (padding / 2), Margin + Width, y - (padding / 2));
        }

        tags.End();
        Gap();
    }

    public void Dispose()
    {
        graphics?.Dispose();
        graphics = null;
    }

    private void Block(PdfBlockLevelElementTag tag, IEnumerable<string> texts, XFont font, double x, double width)
    {
        tags.BeginElement(tag);
        foreach (var line in texts.SelectMany(t => Wrap(t, font, width)))
        {
            EnsureRoom(LineHeight(font));
            Graphics.DrawString(line, font, Ink, x, y, XStringFormats.TopLeft);
            y += LineHeight(font);
        }

        tags.End();
    }

    private void Gap() => y += LineHeight(body) * 0.75;

    private void EnsureRoom(double height)
    {
        if (y + height > Bottom)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        // PDFsharp's tagging closes what is open on the old page as the new one is added, through the old page's graphics.
        var page = pdf.AddPage();
        graphics?.Dispose();
        page.Size = PdfSharp.PageSize.A4;
        pageNumber++;
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;

        // The footer is furniture, not content: a screen reader skips it.
        tags.BeginArtifact();
        var footer = new XRect(Margin, page.Height.Point - Margin + (LineHeight(body) / 2), Width, LineHeight(body));
        Graphics.DrawString($"{reference}, page {pageNumber}", body, Ink, footer, XStringFormats.TopRight);
        tags.End();
    }

    private static double LineHeight(XFont font) => font.Size * 1.4;

    /// <summary>Breaks text into lines no wider than <paramref name="width"/>, between words where it can.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (Graphics.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                // A word longer than the line (a long e-mail address) is broken where it must be.
                while (Graphics.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var fits = line.Length - 1;
                    while (fits > 1 && Graphics.MeasureString(line[..fits], font).Width > width)
                    {
                        fits--;
                    }

                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}

namespace DirectPayments.Application.Common.Paper;

/// <summary>The size of print a document is set in: standard, or large print for a person whose communication needs say so.</summary>
public enum PrintSize
{
    Standard,
    Large,
}

/// <summary>
/// A letter or a statement as it goes on paper: who it is from and to, its reference and date, its title, and what it
/// says, in blocks a printer lays out in order. What the document says is worked out by the feature it belongs to;
/// how it looks on the page is <see cref="IPaperPrinter"/>'s alone.
/// </summary>
public sealed record PaperDocument(PaperHeading Heading, string Title, IReadOnlyList<PaperBlock> Blocks, PrintSize Size);

/// <summary>
/// The top of the first page: the council's name and address on the right, the person it is written to and their
/// address on the left (where a window envelope shows it), then the reference and the date.
/// </summary>
public sealed record PaperHeading(
    string From,
    IReadOnlyList<string> FromLines,
    string To,
    IReadOnlyList<string> ToLines,
    string Reference,
    DateOnly Date);

/// <summary>One part of what a document says.</summary>
public abstract record PaperBlock;

/// <summary>A heading within the document.</summary>
public sealed record PaperSubheading(string Text) : PaperBlock;

/// <summary>A paragraph of text.</summary>
public sealed record PaperParagraph(string Text) : PaperBlock;

/// <summary>A numbered list: the working behind a figure, step by step.</summary>
public sealed record PaperNumberedList(IReadOnlyList<string> Items) : PaperBlock;

/// <summary>A table with a row of headings; money columns are set to the right so the pence line up.</summary>
public sealed record PaperTable(IReadOnlyList<PaperColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : PaperBlock;

/// <summary>A column of a <see cref="PaperTable"/>: its heading, its share of the page's width, and whether it holds money.</summary>
public sealed record PaperColumn(string Heading, double Share, bool Money = false);

/// <summary>A document ready to hand to the person: a PDF and the name to save it under.</summary>
public sealed record PrintedDocument(string FileName, byte[] Pdf);

/// <summary>Lays a document out on A4 pages and returns the PDF.</summary>
public interface IPaperPrinter
{
    byte[] Print(PaperDocument document);
}

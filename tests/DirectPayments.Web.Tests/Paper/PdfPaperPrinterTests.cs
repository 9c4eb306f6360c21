using DirectPayments.Application.Common.Paper;
using DirectPayments.Infrastructure.Paper;
using UglyToad.PdfPig;

namespace DirectPayments.Web.Tests.Paper;

/// <summary>Issue 20: letters and statements on paper, read back from the PDF as a person's software would read them.</summary>
public sealed class PdfPaperPrinterTests
{
    private static readonly PaperHeading Heading = new(
        "Anytown Council",
        ["Direct Payments Team", "Town Hall", "Anytown", "AN1 1AA", "Phone: 0300 123 4567"],
        "Łucja Ó'Brien",
        ["12 Station Road", "Anytown", "AN1 4OR"],
        "DP-2026-0042",
        new DateOnly(2026, 12, 5));

    private static PaperDocument Letter(PrintSize size = PrintSize.Standard, params PaperBlock[] blocks) =>
        new(Heading, "Your contribution has changed", blocks.Length > 0 ? blocks : [new PaperParagraph("From 21 December 2026 you pay £49.30 a week towards your care.")], size);

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public void A_letter_is_a_pdf()
    {
        var pdf = new PdfPaperPrinter().Print(Letter());

        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
    }

    [Fact]
    public void A_letter_says_who_it_is_from_and_to_with_the_reference_and_date()
    {
        var text = Text(new PdfPaperPrinter().Print(Letter()));

        Assert.Contains("Anytown Council", text, StringComparison.Ordinal);
        Assert.Contains("Town Hall", text, StringComparison.Ordinal);
        Assert.Contains("Łucja Ó'Brien", text, StringComparison.Ordinal);
        Assert.Contains("AN1 4OR", text, StringComparison.Ordinal);
        Assert.Contains("Reference: DP-2026-0042", text, StringComparison.Ordinal);
        Assert.Contains("Date: 5 December 2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_says_what_the_letter_says_with_pounds_and_pence()
    {
        var text = Text(new PdfPaperPrinter().Print(Letter()));

        Assert.Contains("Your contribution has changed", text, StringComparison.Ordinal);
        Assert.Contains("you pay £49.30 a week", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_letter_is_on_a4()
    {
        using var document = PdfDocument.Open(new PdfPaperPrinter().Print(Letter()));
        var page = document.GetPage(1);

        Assert.Equal((595, 842), ((int)Math.Round(page.Width), (int)Math.Round(page.Height)));
    }

    [Fact]
    public void A_letter_carries_its_title_for_the_reader_software()
    {
        using var document = PdfDocument.Open(new PdfPaperPrinter().Print(Letter()));

        Assert.Equal("Your contribution has changed", document.Information.Title);
    }

    [Fact]
    public void Standard_print_is_never_smaller_than_12_point()
    {
        using var document = PdfDocument.Open(new PdfPaperPrinter().Print(Letter()));

        Assert.All(document.GetPage(1).Letters, l => Assert.True(l.PointSize >= 12, $"'{l.Value}' is {l.PointSize} point"));
    }

    [Fact]
    public void Large_print_is_never_smaller_than_16_point()
    {
        using var document = PdfDocument.Open(new PdfPaperPrinter().Print(Letter(PrintSize.Large)));

        Assert.All(document.GetPage(1).Letters, l => Assert.True(l.PointSize >= 16, $"'{l.Value}' is {l.PointSize} point"));
    }

    [Fact]
    public void A_long_letter_goes_on_to_a_second_page_with_nothing_lost()
    {
        var paragraphs = Enumerable.Range(1, 60).Select(i => (PaperBlock)new PaperParagraph($"Paragraph number {i} of the letter.")).ToArray();

        using var document = PdfDocument.Open(new PdfPaperPrinter().Print(Letter(PrintSize.Standard, paragraphs)));
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));

        Assert.True(document.NumberOfPages > 1);
        Assert.All(Enumerable.Range(1, 60), i => Assert.Contains($"number{i}of", text.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
    }

    [Fact]
    public void Each_page_names_the_reference_and_its_number()
    {
        var paragraphs = Enumerable.Range(1, 60).Select(i => (PaperBlock)new PaperParagraph($"Paragraph {i}.")).ToArray();

        var text = Text(new PdfPaperPrinter().Print(Letter(PrintSize.Standard, paragraphs)));

        Assert.Contains("DP-2026-0042, page 1", text, StringComparison.Ordinal);
        Assert.Contains("DP-2026-0042, page 2", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_too_long_for_a_line_is_broken_not_cut_off()
    {
        var longWord = new string('x', 300);

        var text = Text(new PdfPaperPrinter().Print(Letter(PrintSize.Large, new PaperParagraph(longWord))));

        Assert.Equal(300, text.Count(c => c == 'x'));
    }

    [Fact]
    public void A_numbered_list_keeps_its_numbers()
    {
        var text = Text(new PdfPaperPrinter().Print(Letter(PrintSize.Standard, new PaperNumberedList(["Income £200.00 a week", "Less the allowance £228.70"]))));

        Assert.Contains("1. Income £200.00 a week", text, StringComparison.Ordinal);
        Assert.Contains("2. Less the allowance £228.70", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_table_repeats_its_headings_on_each_page()
    {
        var rows = Enumerable.Range(1, 80).Select(i => (IReadOnlyList<string>)[$"{i} October 2026", $"Shop {i}", $"£{i}.00"]).ToList();
        var table = new PaperTable([new PaperColumn("Date", 2), new PaperColumn("Description", 3), new PaperColumn("Money out", 2, Money: true)], rows);

        using var document = PdfDocument.Open(new PdfPaperPrinter().Print(Letter(PrintSize.Large, table)));

        Assert.True(document.NumberOfPages > 2);
        Assert.All(document.GetPages().Skip(1), p => Assert.Contains("Description", p.Text, StringComparison.Ordinal));
        Assert.Contains("Shop 80", Text(new PdfPaperPrinter().Print(Letter(PrintSize.Large, table))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PrintSize.Standard)]
    [InlineData(PrintSize.Large)]
    public void Nothing_on_a_page_is_printed_over_anything_else(PrintSize size)
    {
        var table = new PaperTable(
            [new PaperColumn("Date", 2), new PaperColumn("Description", 3), new PaperColumn("Money in", 2, Money: true), new PaperColumn("Balance", 2, Money: true)],
            [["1 October 2026", "Payment from Anytown Council for the four weeks from 1 October", "£1,234.56", "£2,345.67"]]);
        var document = Letter(size, new PaperParagraph("Some words."), new PaperSubheading("How it was worked out"), new PaperNumberedList(["One", "Two"]), table);

        using var pdf = PdfDocument.Open(new PdfPaperPrinter().Print(document));

        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().ToList();
            Assert.All(words, w => Assert.True(w.BoundingBox.Left >= 50 && w.BoundingBox.Right <= page.Width - 50, $"'{w.Text}' runs into the margin"));
            for (var i = 0; i < words.Count; i++)
            {
                for (var j = i + 1; j < words.Count; j++)
                {
                    Assert.False(Overlap(words[i].BoundingBox, words[j].BoundingBox), $"'{words[i].Text}' and '{words[j].Text}' overlap");
                }
            }
        }
    }

    private static bool Overlap(UglyToad.PdfPig.Core.PdfRectangle a, UglyToad.PdfPig.Core.PdfRectangle b) =>
        a.Left < b.Right - 0.5 && b.Left < a.Right - 0.5 && a.Bottom < b.Top - 0.5 && b.Bottom < a.Top - 0.5;

    [Fact]
    public void Characters_the_font_does_not_have_do_not_stop_the_letter_printing()
    {
        var heading = Heading with { To = "Zoë 😀 Ng 中文 \u200B" };

        var pdf = new PdfPaperPrinter().Print(new PaperDocument(heading, "A title with 😀", [new PaperParagraph("Emoji 😀 and ✓ and \t tab.")], PrintSize.Standard));

        Assert.Contains("Zoë", Text(pdf), StringComparison.Ordinal);
    }
}

using System.Globalization;
using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Paper;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Letters;

/// <summary>
/// A letter on the person's case as a PDF, to post or to keep: the council's name and address, the person's name and
/// address, the reference and the letter's date, what it says, the working behind its figures, and whom to phone. In
/// large print when the person's communication needs say so, unless a size is asked for. Whoever may read the case may
/// print its letters; each print is recorded on the case.
/// </summary>
public sealed class LettersOnPaper(IPortalDb db, CaseReader cases, CouncilDetails council, CouncilClock clock, IPaperPrinter printer, RecordDownload record)
{
    public async Task<PrintedDocument?> PrintAsync(Guid caseId, Guid letterId, PrintSize? size, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.View, cancellationToken) is not { } careCase
            || await db.Set<Notice>().AsNoTracking().FirstOrDefaultAsync(n => n.Id == letterId && n.CaseId == caseId, cancellationToken) is not { } letter)
        {
            return null;
        }

        var date = clock.DateOf(letter.CreatedAt);
        var chosen = PaperHeadings.SizeFor(careCase, size);
        if (!await record.RunAsync(caseId, $"the letter \"{letter.Title}\" of {DateWords.Day(date)} {PaperHeadings.InWords(chosen)}", cancellationToken))
        {
            return null;
        }

        var pdf = printer.Print(Document(careCase, letter, date, chosen));
        return new PrintedDocument($"letter-{careCase.Reference}-{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.pdf", pdf);
    }

    private PaperDocument Document(CareCase careCase, Notice letter, DateOnly date, PrintSize size)
    {
        var blocks = new List<PaperBlock> { new PaperParagraph(letter.Body) };
        if (letter.Working.Count > 0)
        {
            blocks.Add(new PaperSubheading("How this was worked out"));
            blocks.Add(new PaperNumberedList(letter.Working));
        }

        blocks.Add(new PaperParagraph(council.QuestionsAbout("this letter", careCase.Reference)));
        return new PaperDocument(PaperHeadings.For(council, careCase, date, letter.AddressedTo), letter.Title, blocks, size);
    }
}

using DirectPayments.Application.Letters;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data;

namespace DirectPayments.Infrastructure.Seeding;

/// <summary>Letters the demo's people were sent, written by the portal's own letter methods, at midday on the day.</summary>
internal static class DemoLetters
{
    public static Notice Sent(DirectPaymentsDbContext db, CareCase careCase, Letter letter, DateOnly on)
    {
        var notice = new Notice(careCase.Id, letter.Kind, letter.Title, letter.Body, letter.Working, new DateTimeOffset(on.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        if (Notice.MustGoOnPaper(careCase, writtenToSomeoneOutside: false))
        {
            notice.ToBePosted();
        }

        db.Add(notice);
        return notice;
    }
}

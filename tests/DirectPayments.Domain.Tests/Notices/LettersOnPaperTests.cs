using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;

namespace DirectPayments.Domain.Tests.Notices;

/// <summary>Accessible Information Standard: a letter reaches the person on paper when that is how they can read it.</summary>
public sealed class LettersOnPaperTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 10, 0, 0, TimeSpan.Zero);

    private static CareCase Case(string? applicant = "user-1", ContactMethod? preferred = null)
    {
        var careCase = new CareCase("Harold Big", null, RequestType.Self, null, applicant, Today);
        careCase.RecordCommunicationNeeds(new CommunicationNeeds(preferred, [], [], null, null));
        return careCase;
    }

    private static Notice Letter(bool toPost = true)
    {
        var notice = new Notice(Guid.NewGuid(), NoticeKind.General, "A letter", "What it says.", [], Now);
        if (toPost)
        {
            notice.ToBePosted();
        }

        return notice;
    }

    [Fact]
    public void A_letter_to_someone_who_reads_online_is_not_posted() =>
        Assert.False(Notice.MustGoOnPaper(Case(preferred: ContactMethod.Email), writtenToSomeoneOutside: false));

    [Fact]
    public void A_letter_to_someone_who_asked_for_letters_is_posted() =>
        Assert.True(Notice.MustGoOnPaper(Case(preferred: ContactMethod.Letter), writtenToSomeoneOutside: false));

    [Fact]
    public void A_letter_on_a_case_nobody_signs_in_to_is_posted() =>
        Assert.True(Notice.MustGoOnPaper(Case(applicant: null), writtenToSomeoneOutside: false));

    [Fact]
    public void A_letter_to_someone_outside_the_case_is_posted() =>
        Assert.True(Notice.MustGoOnPaper(Case(preferred: ContactMethod.Email), writtenToSomeoneOutside: true));

    [Fact]
    public void A_posted_letter_says_who_posted_it_and_when()
    {
        var letter = Letter();

        letter.Posted("case-manager-1", Now.AddHours(2));

        Assert.Equal((Now.AddHours(2), "case-manager-1"), (letter.PostedAt!.Value, letter.PostedBy!));
    }

    [Fact]
    public void A_letter_is_posted_once()
    {
        var letter = Letter();
        letter.Posted("case-manager-1", Now);

        Assert.Throws<DomainException>(() => letter.Posted("case-manager-2", Now.AddHours(1)));
    }

    [Fact]
    public void A_letter_read_online_has_no_paper_copy_to_post() =>
        Assert.Throws<DomainException>(() => Letter(toPost: false).Posted("case-manager-1", Now));
}

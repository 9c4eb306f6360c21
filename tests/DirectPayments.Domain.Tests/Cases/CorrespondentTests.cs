using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;

namespace DirectPayments.Domain.Tests.Cases;

public sealed class CorrespondentTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly ContactDetails OakLane = new("3 Oak Lane", null, "Anytown", "AN2 3OL", null);

    [Fact]
    public void Letters_cannot_go_to_someone_without_a_postal_address()
    {
        Assert.Throws<DomainException>(() => new Correspondent("Mark Example", "Son", ContactDetails.None));
    }

    [Fact]
    public void Letters_cannot_go_to_someone_unnamed()
    {
        Assert.Throws<DomainException>(() => new Correspondent(" ", "Son", OakLane));
    }

    [Fact]
    public void A_correspondents_phone_is_not_kept_with_their_address()
    {
        var to = new Correspondent("Mark Example", "Son", new ContactDetails("3 Oak Lane", null, "Anytown", "AN2 3OL", "07700 900982"));

        Assert.Null(to.Address.Phone);
    }

    [Fact]
    public void A_case_keeps_who_its_letters_go_to()
    {
        var careCase = new CareCase("Jemima Example", null, RequestType.Self, null, "user-1", Today);

        careCase.SendLettersTo(new Correspondent("Mark Example", "Son, attorney", OakLane));

        Assert.Equal(new Correspondent("Mark Example", "Son, attorney", OakLane), careCase.Correspondent);
    }

    [Fact]
    public void Letters_can_go_to_the_person_again()
    {
        var careCase = new CareCase("Jemima Example", null, RequestType.Self, null, "user-1", Today);
        careCase.SendLettersTo(new Correspondent("Mark Example", "Son", OakLane));

        careCase.SendLettersTo(null);

        Assert.Null(careCase.Correspondent);
    }

    [Fact]
    public void Letters_to_a_representative_go_on_paper_though_the_person_reads_online()
    {
        var careCase = new CareCase("Jemima Example", null, RequestType.Self, null, "user-1", Today);
        careCase.SendLettersTo(new Correspondent("Mark Example", "Son", OakLane));

        Assert.True(Notice.MustGoOnPaper(careCase, writtenToSomeoneOutside: false));
    }

    [Fact]
    public void Formats_the_portal_cannot_print_are_made_elsewhere()
    {
        var needs = new CommunicationNeeds(null, [InformationFormat.LargePrint, InformationFormat.Braille, InformationFormat.Audio], [], null, null);

        Assert.Equal([InformationFormat.Braille, InformationFormat.Audio], needs.MadeElsewhere);
    }
}

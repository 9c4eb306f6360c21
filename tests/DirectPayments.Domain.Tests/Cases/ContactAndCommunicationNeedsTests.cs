using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Cases;

public sealed class UkPostcodeTests
{
    [Theory]
    [InlineData("sw1a1aa", "SW1A 1AA")]
    [InlineData(" SW1A  1AA ", "SW1A 1AA")]
    [InlineData("m11ae", "M1 1AE")]
    [InlineData("B33 8TH", "B33 8TH")]
    [InlineData("cr2 6xh", "CR2 6XH")]
    [InlineData("DN55 1PT", "DN55 1PT")]
    [InlineData("W1A 0AX", "W1A 0AX")]
    public void A_postcode_is_kept_as_Royal_Mail_writes_it(string typed, string kept) =>
        Assert.Equal(kept, UkPostcode.Normalise(typed));

    [Theory]
    [InlineData("")]
    [InlineData("SW1A")]
    [InlineData("12345")]
    [InlineData("SW1A 1A1")]
    [InlineData("ABCDE 1AA")]
    [InlineData("1A 1AA")]
    public void Something_that_cannot_be_a_postcode_is_refused(string typed) =>
        Assert.Null(UkPostcode.Normalise(typed));
}

public sealed class ContactDetailsTests
{
    [Fact]
    public void An_address_reads_line_by_line_with_its_postcode_last()
    {
        var contact = new ContactDetails(" 1 High Street ", null, "Anytown", "an1 2bc", null);

        Assert.Equal(["1 High Street", "Anytown", "AN1 2BC"], contact.AddressLines);
    }

    [Fact]
    public void An_address_without_a_postcode_is_refused() =>
        Assert.Throws<DomainException>(() => new ContactDetails("1 High Street", null, "Anytown", null, null));

    [Fact]
    public void An_address_without_a_town_is_refused() =>
        Assert.Throws<DomainException>(() => new ContactDetails("1 High Street", null, null, "AN1 2BC", null));

    [Fact]
    public void A_phone_number_alone_is_enough() =>
        Assert.False(new ContactDetails(null, null, null, null, "01632 960 001").HasAddress);

    [Theory]
    [InlineData("0163")]
    [InlineData("call me on 01632 960001")]
    [InlineData("+44 (0) 1632 960 001 extension 4")]
    public void Something_that_is_not_a_phone_number_is_refused(string phone) =>
        Assert.Throws<DomainException>(() => new ContactDetails(null, null, null, null, phone));
}

public sealed class CommunicationNeedsTests
{
    [Fact]
    public void An_interpreter_for_another_language_needs_the_language() =>
        Assert.Throws<DomainException>(() => new CommunicationNeeds(null, [], [CommunicationSupport.SpokenLanguageInterpreter], " ", null));

    [Fact]
    public void A_language_without_an_interpreter_is_not_kept() =>
        Assert.Null(new CommunicationNeeds(null, [], [CommunicationSupport.HearingLoop], "Polish", null).Language);

    [Fact]
    public void A_preferred_way_of_contact_alone_flags_nothing() =>
        Assert.False(new CommunicationNeeds(ContactMethod.Email, [], [], null, null).AnyToFlag);

    [Fact]
    public void A_format_is_flagged_to_everyone_working_on_the_case() =>
        Assert.True(new CommunicationNeeds(null, [InformationFormat.EasyRead], [], null, null).AnyToFlag);

    [Fact]
    public void Large_print_is_what_letters_follow() =>
        Assert.True(new CommunicationNeeds(null, [InformationFormat.Braille, InformationFormat.LargePrint], [], null, null).NeedsLargePrint);

    [Fact]
    public void Needs_recorded_on_a_case_read_back_the_same()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", new DateOnly(2026, 11, 22));
        var needs = new CommunicationNeeds(ContactMethod.TextMessage, [InformationFormat.LargePrint, InformationFormat.EasyRead], [CommunicationSupport.SpokenLanguageInterpreter], "Polish", "Speak slowly");

        careCase.RecordCommunicationNeeds(needs);

        Assert.Equal(needs, careCase.CommunicationNeeds);
    }

    [Fact]
    public void A_case_has_no_needs_until_someone_asks() =>
        Assert.Equal(CommunicationNeeds.None, new CareCase("Alex Example", null, RequestType.Self, null, "user-1", new DateOnly(2026, 11, 22)).CommunicationNeeds);
}

using DirectPayments.Domain.Cases;

namespace DirectPayments.Domain.Tests.Cases;

public sealed class UkMobileTests
{
    [Theory]
    [InlineData("07700 900982")]
    [InlineData("07700900982")]
    [InlineData("+44 7700 900982")]
    [InlineData("+447700900982")]
    [InlineData("0044 7700 900982")]
    [InlineData("(07700) 900-982")]
    public void A_uk_mobile_is_written_in_international_form(string typed)
    {
        Assert.Equal("+447700900982", UkMobile.Normalise(typed));
    }

    [Theory]
    [InlineData("01632 960 001")]
    [InlineData("0808 157 0192")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("0770 090 098")]
    [InlineData("077009009821")]
    [InlineData("07700 900982 ext 2")]
    [InlineData("7700 + 900982")]
    public void A_landline_a_foreign_number_or_a_wrong_length_is_not_texted(string typed)
    {
        Assert.Null(UkMobile.Normalise(typed));
    }

    [Fact]
    public void A_case_texts_the_mobile_it_holds()
    {
        Assert.Equal("+447700900982", new ContactDetails(null, null, null, null, "07700 900982").MobileForTexts);
        Assert.Null(new ContactDetails(null, null, null, null, "01632 960 001").MobileForTexts);
    }
}

using System.Globalization;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Common;
using DirectPayments.Web.Components;
using Microsoft.Extensions.Configuration;

namespace DirectPayments.Web.Tests.Components;

public sealed class FormattingTests
{
    [Theory]
    [InlineData("1234.56", "£1,234.56")]
    [InlineData("0", "£0.00")]
    [InlineData("85.5", "£85.50")]
    [InlineData("-20", "-£20.00")]
    [InlineData("0.005", "£0.01")]
    [InlineData("1234567.891", "£1,234,567.89")]
    public void Money_is_pounds_and_pence_in_en_GB(string amount, string expected) =>
        Assert.Equal(expected, decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture).ToMoney());

    [Fact]
    public void No_money_is_shown_as_asked()
    {
        decimal? none = null;
        Assert.Equal(string.Empty, none.ToMoney());
        Assert.Equal("Not provided", none.ToMoney("Not provided"));
        Assert.Equal("£3.00", ((decimal?)3m).ToMoney());
    }

    [Fact]
    public void Dates_are_written_the_govuk_way()
    {
        Assert.Equal("27 March 2026", new DateOnly(2026, 3, 27).ToGovUkDate());
        Assert.Equal("1 April 2027", ((DateOnly?)new DateOnly(2027, 4, 1)).ToGovUkDate());
        Assert.Equal("Not known", ((DateOnly?)null).ToGovUkDate("Not known"));
    }

    [Theory]
    [InlineData("2026-11-16", "2026-12-13", "16 Nov to 13 Dec 2026")]
    [InlineData("2026-12-14", "2027-01-10", "14 Dec 2026 to 10 Jan 2027")]
    [InlineData("2026-12-10", "2026-12-10", "10 Dec 2026")]
    public void Days_in_a_table_say_each_year_they_fall_in_and_one_day_once(string from, string to, string expected) =>
        Assert.Equal(expected, DateOnly.Parse(from, CultureInfo.InvariantCulture).ToShortGovUkDays(DateOnly.Parse(to, CultureInfo.InvariantCulture)));

    [Fact]
    public void A_stored_moment_in_summer_is_written_as_the_councils_date_in_British_Summer_Time()
    {
        var clock = new CouncilClock(TimeProvider.System, CouncilClock.FindZone(null, "Council:TimeZone"));

        Assert.Equal("1 April 2026", new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.Zero).ToGovUkDate(clock));
        Assert.Equal("1 Apr 2026 00:30", new DateTimeOffset(2026, 3, 31, 23, 30, 0, TimeSpan.Zero).ToGovUkDateTime(clock));
    }

    [Fact]
    public void A_stored_moment_in_winter_is_written_as_the_councils_date_in_Greenwich_Mean_Time()
    {
        var clock = new CouncilClock(TimeProvider.System, CouncilClock.FindZone(null, "Council:TimeZone"));

        Assert.Equal("31 December 2026", new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero).ToGovUkDate(clock));
    }

    [Theory]
    [InlineData("StartDate", "Start date")]
    [InlineData("NHSNumber", "NHS number")]
    [InlineData("WeeklyAmountInPounds", "Weekly amount in pounds")]
    [InlineData("Date of birth", "Date of birth")]
    [InlineData("Hours", "Hours")]
    public void Property_names_read_as_words(string name, string expected) =>
        Assert.Equal(expected, GovUkText.Humanise(name));

    [Theory]
    [InlineData("Start date", "start date")]
    [InlineData("NHS number", "NHS number")]
    public void The_middle_of_a_sentence_keeps_acronyms(string text, string expected) =>
        Assert.Equal(expected, GovUkText.LowerFirst(text));

    [Fact]
    public void Council_details_default_to_Anytown_Council()
    {
        var configuration = new ConfigurationBuilder().Build();

        var council = CouncilDetails.From(configuration);

        Assert.Equal("Anytown Council", council.Name);
        Assert.Equal("/", council.HomepageUrl);
        Assert.Null(council.ContactEmail);
    }

    [Fact]
    public void Council_details_come_from_the_Council_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Council:Name"] = "Borsetshire County Council", ["Council:ContactEmail"] = " dp@example.org " })
            .Build();

        var council = CouncilDetails.From(configuration);

        Assert.Equal("Borsetshire County Council", council.Name);
        Assert.Equal("dp@example.org", council.ContactEmail);
    }
}

using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Common;

public class FinancialYearTests
{
    [Fact]
    public void Starts_on_1_April() => Assert.Equal(new DateOnly(2025, 4, 1), new FinancialYear(2025).Start);

    [Fact]
    public void Ends_on_31_March_the_next_year() => Assert.Equal(new DateOnly(2026, 3, 31), new FinancialYear(2025).End);

    [Fact]
    public void Formats_as_start_year_and_two_digit_end_year() => Assert.Equal("2025-26", new FinancialYear(2025).ToString());

    [Fact]
    public void Formats_the_turn_of_a_century() => Assert.Equal("2099-00", new FinancialYear(2099).ToString());

    [Fact]
    public void Parses_the_formatted_text() => Assert.Equal(new FinancialYear(2024), FinancialYear.Parse("2024-25"));

    [Fact]
    public void Parses_a_slash_as_well() => Assert.Equal(new FinancialYear(2026), FinancialYear.Parse("2026/27"));

    [Fact]
    public void Parse_rejects_years_that_do_not_follow_on() => Assert.Throws<DomainException>(() => FinancialYear.Parse("2025-27"));

    [Fact]
    public void Try_parse_returns_false_for_rubbish() => Assert.False(FinancialYear.TryParse("April 2025", out _));

    [Fact]
    public void Start_year_is_the_calendar_year_it_begins() => Assert.Equal(2025, FinancialYear.Parse("2025-26").StartYear);

    [Fact]
    public void A_date_in_March_belongs_to_the_year_that_started_the_April_before() =>
        Assert.Equal(new FinancialYear(2025), FinancialYear.Containing(new DateOnly(2026, 3, 31)));

    [Fact]
    public void A_date_on_1_April_starts_a_new_year() =>
        Assert.Equal(new FinancialYear(2026), FinancialYear.Containing(new DateOnly(2026, 4, 1)));

    [Fact]
    public void Contains_checks_both_ends()
    {
        var year = new FinancialYear(2025);
        Assert.True(year.Contains(new DateOnly(2025, 4, 1)));
        Assert.True(year.Contains(new DateOnly(2026, 3, 31)));
        Assert.False(year.Contains(new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void Next_is_the_following_year() => Assert.Equal(new FinancialYear(2026), new FinancialYear(2025).Next);

    [Fact]
    public void Years_compare_in_date_order()
    {
        Assert.True(new FinancialYear(2024) < new FinancialYear(2025));
        Assert.True(new FinancialYear(2025) >= new FinancialYear(2025));
        Assert.Equal(-1, new FinancialYear(2024).CompareTo(new FinancialYear(2025)));
    }

    [Theory]
    [InlineData(1900, 3, 31)]
    [InlineData(9999, 4, 1)]
    public void A_date_outside_the_years_there_can_be_is_in_none(int year, int month, int day) =>
        Assert.False(FinancialYear.CanContain(new DateOnly(year, month, day)));

    [Theory]
    [InlineData(1900, 4, 1)]
    [InlineData(9999, 3, 31)]
    public void The_first_and_last_days_there_can_be_are_each_in_a_year(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        Assert.True(FinancialYear.CanContain(date) && FinancialYear.Containing(date).Contains(date));
    }

    [Fact]
    public void A_start_year_out_of_range_is_refused() => Assert.Throws<DomainException>(() => new FinancialYear(42));
}

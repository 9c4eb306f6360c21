using DirectPayments.Domain.Common;
using DirectPayments.Domain.Reviews;
using DirectPayments.Web.Features.CaseManagement;

namespace DirectPayments.Web.Tests.CaseManagement;

public sealed class SetUpValidatorTests
{
    private static readonly DateOnly Start = new(2026, 12, 7);

    /// <summary>The council's clock on 2 December 2026, five days before the start.</summary>
    private static readonly CouncilClock Clock = new(new At(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero)), TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

    private static SetUpViewModel Form(DateOnly firstReview) => new()
    {
        Basis = "Net",
        Recipient = "ThePerson",
        RecipientName = "Alex Citizen",
        AccountType = "PrepaidCard",
        AccountIdentifier = "4929 1234 5678 9012",
        StartDate = Start,
        FirstReviewDate = firstReview,
    };

    private static IEnumerable<string> Errors(ReviewSchedule schedule, DateOnly firstReview) =>
        new SetUpValidator(schedule, Clock).Validate(Form(firstReview)).Errors.Select(e => e.ErrorMessage);

    [Fact]
    public void A_first_review_on_the_last_day_the_law_allows_is_accepted() =>
        Assert.Empty(Errors(ReviewSchedule.Legal, Start.AddMonths(6)));

    [Fact]
    public void A_first_review_after_six_months_is_refused() =>
        Assert.Equal(["First review date must be after the start date and within 6 months of it"], Errors(ReviewSchedule.Legal, Start.AddMonths(6).AddDays(1)));

    [Fact]
    public void A_council_that_reviews_at_three_months_refuses_a_first_review_after_three() =>
        Assert.Equal(["First review date must be after the start date and within 3 months of it"], Errors(new ReviewSchedule(3, 12, 28), Start.AddMonths(3).AddDays(1)));

    [Fact]
    public void A_first_review_on_the_start_date_is_refused() =>
        Assert.Equal(["First review date must be after the start date and within 6 months of it"], Errors(ReviewSchedule.Legal, Start));

    [Fact]
    public void A_bank_account_with_a_sort_code_and_an_eight_digit_number_is_accepted() =>
        Assert.Empty(AccountErrors("BankAccount", "20-00-00 12345678"));

    [Fact]
    public void A_bank_account_without_its_sort_code_is_refused() =>
        Assert.Equal(["Enter the 6-digit sort code and the 8-digit account number, like 20-00-00 12345678"], AccountErrors("BankAccount", "12345678"));

    [Fact]
    public void A_card_reference_longer_than_nineteen_digits_is_refused() =>
        Assert.Equal(["Card account reference must be 19 numbers or fewer"], AccountErrors("PrepaidCard", "4929 1234 5678 9012 3456"));

    [Fact]
    public void An_account_number_too_long_is_told_the_limit() =>
        Assert.Equal("Account or card number must be 40 characters or fewer", AccountErrors("BankAccount", new string('1', 60)).First());

    [Fact]
    public void A_direct_payment_starting_in_year_1_is_refused()
    {
        var form = Form(new DateOnly(1, 3, 1));
        form.StartDate = new DateOnly(1, 1, 1);

        Assert.Contains("Start date must be within a year of today", new SetUpValidator(ReviewSchedule.Legal, Clock).Validate(form).Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_direct_payment_starting_in_year_9999_is_refused()
    {
        var form = Form(new DateOnly(9999, 3, 1));
        form.StartDate = new DateOnly(9999, 1, 1);

        Assert.Equal(["Start date must be within a year of today"], new SetUpValidator(ReviewSchedule.Legal, Clock).Validate(form).Errors.Select(e => e.ErrorMessage));
    }

    private static IEnumerable<string> AccountErrors(string type, string typed)
    {
        var form = Form(Start.AddMonths(1));
        form.AccountType = type;
        form.AccountIdentifier = typed;
        return new SetUpValidator(ReviewSchedule.Legal, Clock).Validate(form).Errors.Select(e => e.ErrorMessage);
    }

    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

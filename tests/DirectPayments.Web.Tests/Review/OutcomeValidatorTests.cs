using DirectPayments.Domain.Common;
using DirectPayments.Web.Features.Review;

namespace DirectPayments.Web.Tests.Review;

public sealed class OutcomeValidatorTests
{
    private static readonly OutcomeValidator Validator =
        new(new CouncilClock(new At(new DateTimeOffset(2027, 1, 10, 10, 0, 0, TimeSpan.Zero)), TimeZoneInfo.FindSystemTimeZoneById("Europe/London")));

    [Fact]
    public void A_final_review_needs_no_next_review_date()
    {
        Assert.True(Validator.Validate(new OutcomeViewModel { Outcome = "Satisfactory", Reasons = "Every bill up to the end is paid", FinalReview = true }).IsValid);
    }

    [Fact]
    public void An_ordinary_review_still_needs_a_next_review_date()
    {
        var result = Validator.Validate(new OutcomeViewModel { Outcome = "Satisfactory", Reasons = "Spending matches the plan" });

        Assert.Equal(["Enter the date of the next review"], result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_final_review_cannot_end_the_direct_payment_again()
    {
        var result = Validator.Validate(new OutcomeViewModel
        {
            Outcome = "End", Reasons = "Ended", EndWhy = "Died", LastDay = new DateOnly(2026, 12, 2), FinalReview = true,
        });

        Assert.Contains("Select satisfactory, recover the surplus or ask for records: the direct payment has ended", result.Errors.Select(e => e.ErrorMessage));
    }

    private sealed class At(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

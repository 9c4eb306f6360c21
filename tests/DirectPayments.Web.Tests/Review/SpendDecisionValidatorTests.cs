using DirectPayments.Web.Features.Review;

namespace DirectPayments.Web.Tests.Review;

public sealed class SpendDecisionValidatorTests
{
    private static readonly SpendDecisionValidator Validator = new();

    [Fact]
    public void An_acceptance_needs_no_note()
    {
        Assert.True(Validator.Validate(new SpendDecisionViewModel { Verdict = "Accepted" }).IsValid);
    }

    [Fact]
    public void A_query_needs_the_question_for_the_person()
    {
        var result = Validator.Validate(new SpendDecisionViewModel { Verdict = "Queried", Note = " " });

        Assert.Equal(["Enter what you are asking the person about this payment"], result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_decision_must_be_chosen()
    {
        var result = Validator.Validate(new SpendDecisionViewModel { Note = "Looks fine" });

        Assert.Equal(["Select whether you accept or query this payment"], result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void A_verdict_that_is_not_one_of_the_choices_is_refused()
    {
        Assert.False(Validator.Validate(new SpendDecisionViewModel { Verdict = "Ignored" }).IsValid);
    }

    [Fact]
    public void A_note_longer_than_2000_characters_is_refused()
    {
        Assert.False(Validator.Validate(new SpendDecisionViewModel { Verdict = "Accepted", Note = new string('a', 2001) }).IsValid);
    }
}

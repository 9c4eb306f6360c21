using DirectPayments.Domain.Cases;

namespace DirectPayments.Domain.Tests.Cases;

public sealed class CaseMembershipTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void The_person_asking_for_themselves_acts_as_the_subject()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);

        Assert.Equal(CaseMemberRole.Subject, careCase.RoleOf("user-1"));
    }

    [Fact]
    public void Someone_not_on_the_case_has_no_role_on_it()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);

        Assert.Null(careCase.RoleOf("user-2"));
    }

    [Fact]
    public void Someone_whose_right_to_act_was_revoked_has_no_role_on_it()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);
        careCase.AddMember("user-2", CaseMemberRole.NominatedPerson).Revoke();

        Assert.Null(careCase.RoleOf("user-2"));
    }

    [Fact]
    public void The_person_may_ask_for_a_nominated_person()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);

        Assert.True(careCase.MayAskForANominatedPerson("user-1"));
    }

    [Fact]
    public void Whoever_asked_for_the_person_may_ask_for_a_nominated_person()
    {
        var careCase = new CareCase("Grandad Example", null, RequestType.OnBehalfOf, "Grandson", "user-2", Today);

        Assert.True(careCase.MayAskForANominatedPerson("user-2"));
    }

    [Fact]
    public void A_nominated_person_may_not_nominate_someone_else()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);
        careCase.AddMember("user-2", CaseMemberRole.NominatedPerson);

        Assert.False(careCase.MayAskForANominatedPerson("user-2"));
    }

    [Fact]
    public void Someone_not_on_the_case_may_not_ask_for_a_nominated_person()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);

        Assert.False(careCase.MayAskForANominatedPerson("user-3"));
    }
}

using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Cases;

public sealed class CareCaseTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void A_new_case_starts_as_a_new_request_waiting_since_it_was_opened()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);

        Assert.Equal(CaseStage.NewRequest, careCase.Stage);
        Assert.Equal(Today, careCase.StageSince);
    }

    [Fact]
    public void The_person_asking_for_themselves_is_the_subject_of_the_case()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);

        Assert.Equal(CaseMemberRole.Subject, Assert.Single(careCase.Members).Role);
        Assert.True(careCase.IsMember("user-1"));
    }

    [Fact]
    public void A_carer_asking_for_someone_else_is_the_applicant()
    {
        var careCase = new CareCase("Grandad Example", null, RequestType.OnBehalfOf, "Grandson", "user-2", Today);

        Assert.Equal(CaseMemberRole.Applicant, Assert.Single(careCase.Members).Role);
    }

    [Fact]
    public void Asking_for_someone_else_needs_the_relationship()
    {
        Assert.Throws<DomainException>(() => new CareCase("Grandad Example", null, RequestType.OnBehalfOf, " ", "user-2", Today));
    }

    [Fact]
    public void A_case_needs_the_name_of_the_person_it_is_about()
    {
        Assert.Throws<DomainException>(() => new CareCase("", null, RequestType.Self, null, "user-1", Today));
    }

    [Fact]
    public void References_are_DP_and_eight_unambiguous_characters()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);

        Assert.Matches("^DP-[0-9A-HJKMNP-TV-Z]{8}$", careCase.Reference);
    }

    [Fact]
    public void Moving_to_a_new_stage_restarts_the_waiting_time()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);

        careCase.Allocate("case-manager-1", Today.AddDays(3));

        Assert.Equal(Today.AddDays(3), careCase.StageSince);
    }

    [Fact]
    public void A_closed_case_cannot_move_on()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);
        careCase.Close(Today);

        Assert.Throws<DomainException>(() => careCase.PaymentStarted(Today));
        Assert.Equal(Today, careCase.ClosedOn);
    }

    [Fact]
    public void A_nominated_person_can_act_on_the_case()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);

        careCase.AddMember("user-9", CaseMemberRole.NominatedPerson);

        Assert.True(careCase.IsMember("user-9"));
    }

    [Fact]
    public void A_revoked_member_can_no_longer_act_on_the_case()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);
        var nominee = careCase.AddMember("user-9", CaseMemberRole.NominatedPerson);

        nominee.Revoke();

        Assert.False(careCase.IsMember("user-9"));
    }

    [Fact]
    public void Someone_else_is_not_a_member()
    {
        var careCase = new CareCase("Alex Example", null, RequestType.Self, null, "user-1", Today);

        Assert.False(careCase.IsMember("user-2"));
    }
}

using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Cases;

/// <summary>A nominated or authorised person can stop acting for the person; the person and their applicant stay.</summary>
public sealed class StopActingTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    [Fact]
    public void A_nominated_person_who_stops_acting_no_longer_sees_the_case()
    {
        var careCase = new CareCase("Sam Example", null, RequestType.Self, null, "sam", Today);
        var nominee = careCase.AddMember("nominee", CaseMemberRole.NominatedPerson);

        careCase.StopActing(nominee.Id);

        Assert.False(careCase.IsMember("nominee"));
    }

    [Fact]
    public void The_person_themselves_is_not_removed_as_a_representative()
    {
        var careCase = new CareCase("Sam Example", null, RequestType.Self, null, "sam", Today);
        var own = careCase.Members.Single();

        Assert.Throws<DomainException>(() => careCase.StopActing(own.Id));
        Assert.True(careCase.IsMember("sam"));
    }

    [Fact]
    public void Someone_who_already_stopped_cannot_stop_again()
    {
        var careCase = new CareCase("Sam Example", null, RequestType.Self, null, "sam", Today);
        var authorised = careCase.AddMember("attorney", CaseMemberRole.AuthorisedPerson);
        careCase.StopActing(authorised.Id);

        Assert.Throws<DomainException>(() => careCase.StopActing(authorised.Id));
    }
}

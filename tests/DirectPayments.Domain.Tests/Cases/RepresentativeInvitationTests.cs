using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Cases;

/// <summary>An invitation to act for someone lasts 28 days; after that the council asks again if it still wants to.</summary>
public sealed class RepresentativeInvitationTests
{
    private static readonly DateOnly SentOn = new(2026, 11, 22);

    [Fact]
    public void An_invitation_can_be_answered_until_28_days_after_it_was_sent()
    {
        Assert.Equal(new DateOnly(2026, 12, 20), Invitation().ExpiresOn);
    }

    [Fact]
    public void It_can_be_accepted_on_its_last_day()
    {
        var careCase = Case();
        var invitation = Invitation(careCase);

        invitation.Accept(careCase, "user-9", "Pat Relative", SentOn.AddDays(28));

        Assert.Equal(InvitationStatus.Accepted, invitation.Status);
    }

    [Fact]
    public void It_cannot_be_accepted_the_day_after_its_last_day()
    {
        var careCase = Case();
        var invitation = Invitation(careCase);

        var refused = Assert.Throws<DomainException>(() => invitation.Accept(careCase, "user-9", "Pat Relative", SentOn.AddDays(29)));

        Assert.Equal("This invitation expired on 20 December 2026. Ask the council to send another.", refused.Message);
        Assert.False(careCase.IsMember("user-9"));
    }

    [Fact]
    public void It_cannot_be_declined_after_it_expired()
    {
        var invitation = Invitation();

        Assert.Throws<DomainException>(() => invitation.Decline("Pat Relative", SentOn.AddDays(29)));
    }

    [Fact]
    public void An_expired_invitation_is_still_shown_as_sent_until_the_council_acts_on_it()
    {
        var invitation = Invitation();

        Assert.True(invitation.HasExpiredOn(SentOn.AddDays(29)));
        Assert.Equal(InvitationStatus.Waiting, invitation.Status);
    }

    [Fact]
    public void An_answered_invitation_never_expires()
    {
        var careCase = Case();
        var invitation = Invitation(careCase);
        invitation.Accept(careCase, "user-9", "Pat Relative", SentOn);

        Assert.False(invitation.HasExpiredOn(SentOn.AddDays(100)));
    }

    [Fact]
    public void The_council_can_withdraw_an_expired_invitation()
    {
        var invitation = Invitation();

        invitation.Withdraw("Casey Manager", SentOn.AddDays(40));

        Assert.Equal(InvitationStatus.Withdrawn, invitation.Status);
    }

    [Fact]
    public void Sent_again_it_lasts_28_days_from_the_day_it_is_sent_again()
    {
        var invitation = Invitation();

        invitation.SendAgain("pat@example.org", CaseMemberRole.AuthorisedPerson, "Casey Manager", SentOn.AddDays(40));

        Assert.Equal((SentOn.AddDays(40), SentOn.AddDays(68), CaseMemberRole.AuthorisedPerson), (invitation.InvitedOn, invitation.ExpiresOn, invitation.Role));
        Assert.False(invitation.HasExpiredOn(SentOn.AddDays(40)));
    }

    [Fact]
    public void An_invitation_still_waiting_cannot_be_sent_again()
    {
        var invitation = Invitation();

        Assert.Throws<DomainException>(() => invitation.SendAgain("pat@example.org", CaseMemberRole.NominatedPerson, "Casey Manager", SentOn.AddDays(28)));
    }

    private static CareCase Case() => new("Sam Example", null, RequestType.Self, null, "user-1", SentOn);

    private static RepresentativeInvitation Invitation(CareCase? careCase = null) =>
        new((careCase ?? Case()).Id, "pat@example.org", CaseMemberRole.NominatedPerson, "Casey Manager", SentOn);
}

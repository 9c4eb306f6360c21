using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Tests.Cases;

public sealed class NominationHistoryTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);
    private static readonly Guid CaseId = Guid.CreateVersion7();

    private static NominationRequest Request(string name = "Pat Friend") => new(CaseId, name, "pat@example.org", "Friend", "alex@example.org", Today);

    [Fact]
    public void The_first_request_waits_for_the_case_manager()
    {
        var request = new NominationHistory(CaseId, []).Ask("Pat Friend", "pat@example.org", "Friend", "alex@example.org", Today);

        Assert.Equal(NominationStatus.Waiting, request.Status);
        Assert.Equal(CaseId, request.CaseId);
    }

    [Fact]
    public void A_second_request_while_one_waits_is_refused()
    {
        var history = new NominationHistory(CaseId, [Request()]);

        var refused = Assert.Throws<DomainException>(() => history.Ask("Lee Friend", "lee@example.org", "Friend", "alex@example.org", Today));

        Assert.Equal(NominationHistory.AlreadyWaitingMessage, refused.Message);
    }

    [Fact]
    public void Once_the_waiting_request_is_withdrawn_the_person_may_ask_again()
    {
        var withdrawn = Request();
        withdrawn.Withdraw();

        var request = new NominationHistory(CaseId, [withdrawn]).Ask("Lee Friend", "lee@example.org", "Friend", "alex@example.org", Today);

        Assert.Equal("Lee Friend", request.NomineeName);
    }

    [Fact]
    public void Once_the_waiting_request_is_decided_the_person_may_ask_again()
    {
        var declined = Request();
        declined.Decline("casemanager@example.org", Today, "Pat cannot take this on.");

        Assert.NotNull(new NominationHistory(CaseId, [declined]).Ask("Lee Friend", "lee@example.org", "Friend", "alex@example.org", Today));
    }

    [Fact]
    public void Another_cases_waiting_request_does_not_stop_this_one()
    {
        var elsewhere = new NominationRequest(Guid.CreateVersion7(), "Pat Friend", "pat@example.org", "Friend", "sam@example.org", Today);

        Assert.Null(new NominationHistory(CaseId, [elsewhere]).Waiting);
    }

    [Fact]
    public void The_waiting_request_is_the_one_not_yet_decided()
    {
        var withdrawn = Request("Pat Friend");
        withdrawn.Withdraw();
        var waiting = Request("Lee Friend");

        Assert.Same(waiting, new NominationHistory(CaseId, [withdrawn, waiting]).Waiting);
    }
}

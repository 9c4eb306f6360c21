using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Cases;

/// <summary>
/// Every request a case has had for a nominated person: the person may have one waiting at a time, so that the case
/// manager checks one nominee and their consent before the person asks for another.
/// </summary>
public sealed class NominationHistory
{
    public const string AlreadyWaitingMessage = "You have already asked us to record someone. Wait for our answer, or withdraw that request first.";

    private readonly Guid _caseId;
    private readonly List<NominationRequest> _requests;

    public NominationHistory(Guid caseId, IEnumerable<NominationRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        _caseId = caseId;
        _requests = [.. requests.Where(r => r.CaseId == caseId)];
    }

    /// <summary>The request the case manager has still to decide, if there is one.</summary>
    public NominationRequest? Waiting => _requests.Find(r => r.Status == NominationStatus.Waiting);

    /// <summary>The person asks for someone to receive and manage their direct payment: refused while another request waits.</summary>
    public NominationRequest Ask(string nomineeName, string nomineeEmail, string relationship, string requestedBy, DateOnly on)
    {
        if (Waiting is not null)
        {
            throw new DomainException(AlreadyWaitingMessage);
        }

        var request = new NominationRequest(_caseId, nomineeName, nomineeEmail, relationship, requestedBy, on);
        _requests.Add(request);
        return request;
    }
}

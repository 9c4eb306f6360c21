namespace DirectPayments.Domain.Charging;

/// <summary>How sure we are of a rate: read in a source, worked out from confirmed figures, or an open question.</summary>
public enum RateStatus
{
    Confirmed,
    Derived,
    Unconfirmed,
}

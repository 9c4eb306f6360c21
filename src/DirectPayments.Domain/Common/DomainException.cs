namespace DirectPayments.Domain.Common;

/// <summary>Thrown when a domain rule or invariant is broken, e.g. a negative amount or a share above 100%.</summary>
public sealed class DomainException : Exception
{
    public DomainException()
    {
    }

    public DomainException(string message)
        : base(message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

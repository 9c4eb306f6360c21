namespace DirectPayments.Application.Common;

/// <summary>A command refused because of one answer on its form (<see cref="CommandWork.Refuse(string, string)"/>).</summary>
public sealed class AnswerRefusedException : Exception
{
    public AnswerRefusedException()
    {
    }

    public AnswerRefusedException(string message)
        : base(message)
    {
    }

    public AnswerRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AnswerRefusedException(string message, string field)
        : base(message) => Field = field;

    public string? Field { get; }
}

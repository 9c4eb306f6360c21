namespace DirectPayments.Application.Common;

/// <summary>How a command ended.</summary>
public enum CommandStatus
{
    /// <summary>Done and saved, with everything that belongs with it (audit, letters, outbox), in one transaction.</summary>
    Saved,

    /// <summary>There is nothing to do it to, or nothing this person may see: the two look the same from outside.</summary>
    NotFound,

    /// <summary>A rule said no; the reason says which, in words the person can act on. Nothing was saved.</summary>
    Refused,

    /// <summary>Someone else saved a change first; nothing was saved, and the person should look again.</summary>
    Conflict,
}

/// <summary>
/// The one result every command returns: what happened and, when it was refused, why, and which answer on the form it
/// is about when it is about one (<see cref="Field"/>, the form's name for it), so the error links to it.
/// </summary>
public record CommandResult(CommandStatus Status, string? Message = null, string? Field = null)
{
    public const string ConflictMessage = "Someone else changed this while you were working on it. Check it and try again.";

    public static CommandResult Saved { get; } = new(CommandStatus.Saved);

    public static CommandResult NotFound { get; } = new(CommandStatus.NotFound);

    public bool Succeeded => Status == CommandStatus.Saved;

    public static CommandResult Refused(string reason, string? field = null) => new(CommandStatus.Refused, reason, field);

    public static CommandResult Conflict(string? message = null) => new(CommandStatus.Conflict, message ?? ConflictMessage);

    /// <summary>Saved, having made <paramref name="value"/>.</summary>
    public static CommandResult<T> Done<T>(T value) => new(CommandStatus.Saved, value);

    /// <summary>This result, not saved, as the result of a command that would have made a <typeparamref name="T"/>.</summary>
    public CommandResult<T> As<T>() =>
        Status == CommandStatus.Saved
            ? throw new InvalidOperationException("A saved result needs its value.")
            : new CommandResult<T>(Status, default, Message, Field);
}

/// <summary>A command's result with what it made (a new id, a run, a count) when it was saved.</summary>
public sealed record CommandResult<T>(CommandStatus Status, T? Value, string? Message = null, string? Field = null) : CommandResult(Status, Message, Field);

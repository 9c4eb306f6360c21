using DirectPayments.Application.Jobs;
using DirectPayments.Domain.Common;

namespace DirectPayments.Application.Payments.Statements;

/// <summary>The card provider's statement file, as finance is told to send it.</summary>
public static class StatementFile
{
    /// <summary>The file's first line: its columns, in order.</summary>
    public const string Header = "account,transaction_id,date,amount,merchant,mcc,description,balance";
}

/// <summary>A line that could not be read, with its line number in the file so the provider can be told.</summary>
public sealed record StatementLineProblem(long LineNumber, string Problem);

/// <summary>
/// What an import did: statement lines read (<paramref name="Lines"/>, not counting the header), added, already there,
/// council loads the run had already put in, and lines that could not be read.
/// </summary>
public sealed record StatementImportResult(long Lines, int Added, int AlreadyImported, int MatchedToPayments, IReadOnlyList<StatementLineProblem> Problems)
{
    /// <summary>Problems shown to the person; a file with millions of bad lines is summarised after this many.</summary>
    public const int ProblemsKept = 1000;

    public long ProblemCount { get; init; }

    /// <summary>What the lines added put into the accounts.</summary>
    public Money MoneyIn { get; init; }

    /// <summary>What the lines added took out of the accounts, as a positive sum.</summary>
    public Money MoneyOut { get; init; }
}

/// <summary>
/// Reads a card provider's statement file for many accounts at once into the ledger, at bulk speed. It writes in the
/// transaction of the command that calls it (the runner's, inside the database provider's execution strategy), so the
/// whole file is imported or none of it; a retried command reads the file again from the start. Every line it adds
/// carries the id of the import it is given, which says who imported it and when.
/// </summary>
public interface IStatementImporter
{
    Task<StatementImportResult> ImportAsync(Stream csv, DateOnly today, Guid importId, IJobProgress progress, CancellationToken cancellationToken = default);
}

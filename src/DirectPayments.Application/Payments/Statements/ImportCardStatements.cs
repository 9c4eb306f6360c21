using DirectPayments.Application.Common;

namespace DirectPayments.Application.Payments.Statements;

/// <summary>
/// Finance imports the card provider's statement file for every account at once. Each line is checked; a bad line is
/// reported with its number and the rest are imported, in one transaction. Importing the same file again adds nothing.
/// </summary>
public sealed class ImportCardStatements(CommandRunner runner, IStatementImporter importer)
{
    public Task<CommandResult<StatementImportResult>> RunAsync(Stream csv, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var start = csv.CanSeek ? csv.Position : 0;
        var attempts = 0;
        return runner.RunAsync($"imported the card statement file \"{fileName}\"", async (work, c) =>
        {
            // A server database may run the command again after a transient failure: each attempt reads the whole file.
            if (attempts++ > 0)
            {
                if (!csv.CanSeek)
                {
                    throw new InvalidOperationException("The statement file cannot be read a second time to retry the import.");
                }

                csv.Position = start;
            }

            var result = await importer.ImportAsync(csv, work.Today, c);
            work.Describe($"{result.Lines} lines read, {result.Added} added, {result.AlreadyImported} already imported, "
                + $"{result.MatchedToPayments} council payments already in the accounts, {result.ProblemCount} could not be read");
            return result;
        }, cancellationToken);
    }
}

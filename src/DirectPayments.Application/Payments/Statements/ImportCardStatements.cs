using System.Globalization;
using DirectPayments.Application.Common;
using DirectPayments.Application.Jobs;
using DirectPayments.Domain.Accounts;

namespace DirectPayments.Application.Payments.Statements;

/// <summary>
/// Finance imports the card provider's statement file for every account at once. Each line is checked; a bad line is
/// reported with its number and the rest are imported, in one transaction. Importing the same file again adds nothing.
/// The import is recorded (file, who, when, what it added), in words in the audit trail too, and every line it adds
/// carries the import's id.
/// </summary>
public sealed class ImportCardStatements(CommandRunner runner, IStatementImporter importer, IJobFiles files)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public Task<CommandResult<StatementImportResult>> RunAsync(
        Stream csv, string fileName, CancellationToken cancellationToken, Guid? jobId = null, IJobProgress? progress = null)
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

            var import = new StatementImport(fileName, work.Who, work.Now);
            var result = await importer.ImportAsync(csv, work.Today, import.Id, progress ?? NoJobProgress.Instance, c);
            import.Totals(result.Added, result.MoneyIn, result.MoneyOut);
            work.Add(import);
            work.DescribeInstead(Described(import, result), nameof(StatementImport), import.Id);
            if (jobId is { } job)
            {
                await JobCompletion.SucceedAsync(work, job, Described(import, result) + ".", import.Id, result.Problems.Select(p => p.Problem), c);
                await files.ForgetAsync(job, c);
            }

            return result;
        }, cancellationToken);
    }

    /// <summary>What the audit trail says: the file, who imported it, and what it did to the accounts.</summary>
    public static string Described(StatementImport import, StatementImportResult result)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(result);
        string N(long n) => n.ToString("N0", English);
        return $"Statement file {import.FileName} imported by {import.ImportedBy}: {N(result.Lines)} lines read, "
            + $"{N(result.Added)} added ({import.MoneyIn} in, {import.MoneyOut} out), {N(result.AlreadyImported)} already imported, "
            + $"{N(result.MatchedToPayments)} council payments already in the accounts, {N(result.ProblemCount)} could not be read";
    }
}

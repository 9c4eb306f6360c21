using System.Security.Cryptography;
using DirectPayments.Application.Common;
using DirectPayments.Application.Jobs;
using DirectPayments.Domain.Jobs;

namespace DirectPayments.Application.Payments.Statements;

/// <summary>
/// A statement file is imported in the background, from a copy kept with the job. One import of the same file (by its
/// contents, whatever it is called) is under way at a time; importing it again later adds nothing, as before.
/// </summary>
public sealed class StatementImportJob(ImportCardStatements import, IJobFiles files) : IJobWork
{
    public JobKind Kind => JobKind.StatementImport;

    /// <summary>The request for <paramref name="content"/>, which must be readable from the start again (it is hashed first).</summary>
    public static async Task<JobRequest> RequestAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var start = content.Position;
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, cancellationToken));
        content.Position = start;
        return new JobRequest(JobKind.StatementImport, $"statement:{hash}", $"Import of the statement file {fileName}", fileName, new JobFileToKeep(fileName, content));
    }

    public async Task<CommandResult> DoAsync(BackgroundJob job, IJobProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        await using var file = await files.OpenAsync(job.Id, cancellationToken);
        if (file is null)
        {
            return CommandResult.Refused("The statement file was not kept with the job. Import it again.");
        }

        return await import.RunAsync(file, job.Input ?? "statement.csv", cancellationToken, job.Id, progress);
    }
}

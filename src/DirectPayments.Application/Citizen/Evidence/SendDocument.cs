using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Evidence;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Application.Citizen.FinancialAssessments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Citizen.Evidence;

/// <summary>A document as the person sends it: the file they chose, what it is and what it is for.</summary>
/// <param name="FileName">The name of the file they chose.</param>
/// <param name="Purpose">What it is for.</param>
/// <param name="Description">What it is, in their words.</param>
/// <param name="TransactionId">The payment on their account it is the receipt for, when sent from that payment.</param>
/// <param name="Proves">The answer of their financial assessment it shows, in its words (<see cref="AnswersToProve"/>).</param>
public sealed record DocumentToSend(string FileName, EvidencePurpose Purpose, string Description, Guid? TransactionId, string? Proves = null);

/// <summary>
/// The person sends their case manager a document (a benefit letter, a bank statement, a receipt for a payment on their
/// account). Its type is found from its content, never its name; its bytes are kept outside the web root and apart from
/// its record, and only with it: a document whose record is not saved is not kept either.
/// </summary>
public sealed class SendDocument(CommandRunner runner, IEvidenceStore store)
{
    public const string WrongTypeMessage = "The selected file must be a PDF, JPG or PNG";

    public const string UnknownAnswerMessage = "That answer is not in your latest financial assessment. Select one of the answers listed";

    public const string UnknownPaymentMessage = "The payment this receipt is for is not on your account. Send it from the payment on your account page";

    public async Task<CommandResult> RunAsync(Guid caseId, DocumentToSend document, Stream file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(file);

        // Read once, before the transaction: a server database may run the work again, and a request body reads once.
        await using var content = new MemoryStream();
        await file.CopyToAsync(content, cancellationToken);
        var contentType = FileSignatures.Detect(content.GetBuffer().AsSpan(0, (int)Math.Min(content.Length, FileSignatures.HeaderLength)));

        var stored = new List<EvidenceFile>();
        CommandResult<EvidenceFile>? result = null;
        try
        {
            result = await runner.ForCaseAsync(caseId, CaseOperation.ActAsPerson, "sent a document", async (work, c) =>
            {
                if (document.TransactionId is { } transactionId)
                {
                    var spending = await work.Db.Set<AccountTransaction>()
                        .SingleOrDefaultAsync(t => t.Id == transactionId && t.CaseId == caseId && t.Kind == TransactionKind.Spend, c);
                    if (spending is null)
                    {
                        CommandWork.Refuse(UnknownPaymentMessage);
                    }

                    spending.RecordReceiptSent();
                }

                if (contentType is null)
                {
                    CommandWork.Refuse(WrongTypeMessage);
                }

                var evidence = new EvidenceFile(caseId, document.Purpose, document.FileName, contentType, content.Length,
                    document.Description, work.Who, work.Now, document.TransactionId);
                if (document.Proves is { } answer)
                {
                    // Only an answer the case's latest assessment gives: a document names what the case manager will find.
                    var latest = await work.Db.Set<FinancialAssessment>().AsNoTracking().Where(a => a.CaseId == caseId)
                        .OrderByDescending(a => a.Number).FirstOrDefaultAsync(c);
                    if (latest is null || !AnswersToProve.Of(latest.Input).Contains(answer, StringComparer.Ordinal))
                    {
                        CommandWork.Refuse(UnknownAnswerMessage);
                    }

                    evidence.Shows(answer);
                }

                content.Position = 0;
                await store.SaveAsync(evidence, content, c);
                stored.Add(evidence);
                work.Add(evidence);
                work.Describe(evidence.Proves is { } proves ? $"\"{evidence.Description}\", showing {proves}" : $"\"{evidence.Description}\"");
                return evidence;
            }, cancellationToken);
            return result;
        }
        finally
        {
            // Nothing kept half-way: the bytes of every attempt that was not saved go with it. A store in the database
            // wrote them in the transaction that was rolled back; one outside it kept them at once, so they go now.
            if (!store.SavedWithTheRecord)
            {
                foreach (var unsaved in stored.Where(f => result is not { Succeeded: true } || f != result.Value))
                {
                    await store.DeleteAsync(unsaved, CancellationToken.None);
                }
            }
        }
    }
}

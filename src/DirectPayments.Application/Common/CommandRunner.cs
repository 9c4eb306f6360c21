using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Common;

/// <summary>
/// Runs every command the same way. For a case: load the case, ask <see cref="ICaseAccess"/> whether this person may
/// do this to it, let the command check the version the person saw and call the aggregate's named methods, write what
/// happened to the audit trail in words, with any letters and their outbox messages, and save once, in one transaction
/// inside the database provider's execution strategy. It returns one <see cref="CommandResult"/>: a rule's refusal, a
/// change someone else saved first, or nothing to change, each with nothing saved.
/// </summary>
public sealed class CommandRunner(IPortalDb db, ICaseAccess access, ICurrentUser user, CouncilClock clock)
{
    /// <summary>A command on one case; <paramref name="description"/> is what the audit trail says ("agreed the support plan").</summary>
    public async Task<CommandResult> ForCaseAsync(
        Guid caseId, CaseOperation operation, string description, Func<CaseWork, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var result = await ForCaseAsync(caseId, operation, description, async (w, c) =>
        {
            await work(w, c);
            return true;
        }, cancellationToken);
        return result.Succeeded ? CommandResult.Saved : new CommandResult(result.Status, result.Message, result.Field);
    }

    /// <summary>A command on one case that makes something (a new record's id, say) to return when saved.</summary>
    public Task<CommandResult<T>> ForCaseAsync<T>(
        Guid caseId, CaseOperation operation, string description, Func<CaseWork, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return SaveAsync(async c =>
        {
            var careCase = await db.Set<CareCase>().Include(x => x.Members).SingleOrDefaultAsync(x => x.Id == caseId, c);
            if (careCase is null || !access.Allows(user, careCase, operation))
            {
                CommandWork.NotFound();
            }

            var caseWork = new CaseWork(db, user, clock, description, careCase);
            var value = await work(caseWork, c);
            return (value, caseWork, (Guid?)careCase.Id);
        }, cancellationToken);
    }

    /// <summary>A council-wide command (rates, rules, runs, staff), for people whose role already allows it.</summary>
    public async Task<CommandResult> RunAsync(string description, Func<CommandWork, CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var result = await RunAsync(description, async (w, c) =>
        {
            await work(w, c);
            return true;
        }, cancellationToken);
        return result.Succeeded ? CommandResult.Saved : new CommandResult(result.Status, result.Message, result.Field);
    }

    public Task<CommandResult<T>> RunAsync<T>(string description, Func<CommandWork, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return SaveAsync(async c =>
        {
            var commandWork = new CommandWork(db, user, clock, description);
            var value = await work(commandWork, c);
            return (value, commandWork, commandWork.AboutCase);
        }, cancellationToken);
    }

    private async Task<CommandResult<T>> SaveAsync<T>(Func<CancellationToken, Task<(T Value, CommandWork Work, Guid? CaseId)>> work, CancellationToken cancellationToken)
    {
        CommandWork? last = null;
        try
        {
            return await db.InTransactionAsync(async c =>
            {
                var (value, done, caseId) = await work(c);
                last = done;
                if (done.SawAnOldVersion)
                {
                    throw new DbUpdateConcurrencyException(done.ConflictMessage);
                }

                db.Set<AuditEntry>().Add(AuditEntry.Described(done.Now, user.UserId, user.UserName, caseId, done.Description, done.About));
                await db.SaveChangesAsync(c);
                return CommandResult.Done(value);
            }, cancellationToken);
        }
        catch (NothingToChangeException)
        {
            db.Forget();
            return CommandResult.NotFound.As<T>();
        }
        catch (AnswerRefusedException e)
        {
            db.Forget();
            return CommandResult.Refused(e.Message, e.Field).As<T>();
        }
        catch (DomainException e)
        {
            db.Forget();
            return CommandResult.Refused(e.Message).As<T>();
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || db.IsDuplicate(e))
        {
            // Someone else saved first: a newer version, or a rule the database holds ("only one of these") that their
            // save won at the same moment.
            db.Forget();
            return CommandResult.Conflict(last?.ConflictMessage).As<T>();
        }
    }
}

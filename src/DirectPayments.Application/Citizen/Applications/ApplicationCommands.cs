using DirectPayments.Application.Common;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;

namespace DirectPayments.Application.Citizen.Applications;

/// <summary>
/// The person answers one question of "Ask for an assessment": the answer is kept in their draft at once, so that they
/// can sign out and carry on later. Returns the answers with this one in.
/// </summary>
public sealed class AnswerApplicationQuestion(CommandRunner runner)
{
    public Task<CommandResult<ApplyAnswers>> RunAsync(Action<ApplyAnswers> answer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return runner.RunAsync("saved an answer to their application for an assessment", async (work, c) =>
        {
            var draft = await work.DraftAsync(c);
            var answers = DraftAnswers.Read(draft);
            answer(answers);
            if (draft is null)
            {
                work.Add(new ApplicationDraft(work.User.UserId, DraftAnswers.Write(answers), work.Now));
            }
            else
            {
                draft.Update(DraftAnswers.Write(answers), work.Now);
            }

            return answers;
        }, cancellationToken);
    }
}

/// <summary>The person throws their unfinished application away, to start a new one. Without one, nothing changes.</summary>
public sealed class StartApplicationAgain(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(CancellationToken cancellationToken) =>
        runner.RunAsync("started their application for an assessment again", async (work, c) =>
        {
            var draft = await work.DraftAsync(c);
            if (draft is null)
            {
                CommandWork.NotFound();
            }

            work.Db.Set<ApplicationDraft>().Remove(draft);
        }, cancellationToken);
}

/// <summary>
/// The person sends their application: the case opens with what they told us and their reference, they are sent a
/// letter saying what happens next, and the draft is cleared, all in one transaction. Returns the new case's id.
/// </summary>
public sealed class AskForAnAssessment(CommandRunner runner, CouncilDetails council)
{
    public const string NotFinishedMessage = "Answer every question before you send your application.";

    public Task<CommandResult<Guid>> RunAsync(CancellationToken cancellationToken) =>
        runner.RunAsync("asked for an assessment", async (work, c) =>
        {
            var draft = await work.DraftAsync(c);
            var answers = DraftAnswers.Read(draft);
            if (draft is null || !answers.IsComplete)
            {
                CommandWork.Refuse(NotFinishedMessage);
            }

            var careCase = new CareCase(answers.FullName!, answers.DateOfBirth, answers.Who!.Value, answers.Relationship, work.User.UserId, work.Today);
            careCase.RecordContactDetails(new ContactDetails(answers.AddressLine1, answers.AddressLine2, answers.Town, answers.Postcode, answers.ContactPhone));
            careCase.RecordCommunicationNeeds(answers.CommunicationNeeds);
            if (careCase.ApplicantNeedsAuthority)
            {
                careCase.ApplicantSays(answers.Authority!.Value);
            }

            work.Add(careCase);
            work.Add(new AssessmentRequest(careCase.Id, answers.HelpNeeded!, answers.Difficulties ?? [], answers.ContactPhone, work.Now));
            work.Send(careCase, Letters.Letters.AssessmentRequested(careCase.Reference, council));
            work.Db.Set<ApplicationDraft>().Remove(draft);
            work.Describe($"{careCase.Reference}, for {careCase.SubjectName}");
            return careCase.Id;
        }, cancellationToken);
}

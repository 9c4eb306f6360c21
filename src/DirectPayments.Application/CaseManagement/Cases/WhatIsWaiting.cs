using DirectPayments.Application.Common;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Reviews;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Application.CaseManagement.Cases;

/// <summary>Whose move it is on something a case waits for.</summary>
public enum WaitingOn
{
    /// <summary>The case's own case manager.</summary>
    CaseManager,

    /// <summary>A manager (an administrator), for a budget or one-off payment above the case manager's limit.</summary>
    Manager,

    /// <summary>The person, or whoever acts for them.</summary>
    ThePerson,

    /// <summary>Someone the council invited to act for the person, who has not answered.</summary>
    SomeoneInvited,

    /// <summary>A reviewer, for the direct payment's review.</summary>
    Reviewer,
}

/// <summary>Where a thing a case waits for is done: the web pages turn it into an address.</summary>
public enum WaitingPlace
{
    Authority,
    NeedsAssessment,
    FinancialAssessment,
    Documents,
    Approvals,
    OneOffPayments,
    Representatives,
    LettersToPost,
    AdultCare,
    Plan,
    Budget,
    DirectPayment,
}

/// <summary>One thing a case waits for: whose move it is, what they are to do, since when, and where it is done.</summary>
public sealed record WaitingItem(WaitingOn On, string What, DateOnly Since, WaitingPlace? Where = null)
{
    /// <summary>For <see cref="WaitingPlace.FinancialAssessment"/>: which one.</summary>
    public int? AssessmentNumber { get; init; }

    /// <summary>Whole days from <see cref="Since"/> to the council's today.</summary>
    public int DaysWaiting { get; init; }
}

/// <summary>A financial assessment's version and where it stands: all that what a case waits for reads of it.</summary>
public sealed record AssessmentStanding(Guid Id, int Number, FinancialAssessmentStatus Status)
{
    public static AssessmentStanding Of(FinancialAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new(assessment.Id, assessment.Number, assessment.Status);
    }
}

/// <summary>Where a case's open review stands: all that what a case waits for reads of it.</summary>
public sealed record ReviewStanding(ReviewStatus Status, DateOnly DueOn, DateOnly? NoticeSentOn, DateOnly? RespondBy)
{
    /// <summary>Whether the notice of the surplus goes on paper, and the day it was posted if it has been.</summary>
    public NoticeDelivery Notice { get; init; }
}

/// <summary>What a case holds that decides what it waits for, read for its case page.</summary>
public sealed record CaseWaits(
    CareCase Case,
    IReadOnlyList<AssessmentStanding> Assessments,
    IReadOnlyDictionary<Guid, DateOnly> SubmittedOn,
    SupportPlan? LatestPlan,
    PersonalBudget? LatestBudget,
    bool HasDirectPayment,
    IReadOnlyList<OneOffDirectPayment> OneOffsToDecide,
    IReadOnlyList<NominationRequest> NominationsToDecide,
    IReadOnlyList<RepresentativeInvitation> InvitationsUnanswered,
    ReviewStanding? OpenReview,
    DateOnly? DocumentsAskedOn,
    DateOnly? DocumentsLastSentOn,
    IReadOnlyList<DateOnly> LettersToPost)
{
    /// <summary>For a case moved to adult care: what its latest needs assessment was under (none: not assessed since).</summary>
    public NeedsAssessedUnder? LatestNeedsAssessedUnder { get; init; }
}

/// <summary>
/// Works out what a case is waiting for and on whom, oldest first, from where each part of it stands: so that a case
/// manager opening a case sees at once whether the next move is theirs, a manager's, the person's or a reviewer's.
/// Things the council does on a date of its own (a payment run, a review not yet due) are not waits.
/// </summary>
public static class WhatIsWaiting
{
    public static IReadOnlyList<WaitingItem> For(CaseWaits facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return [.. Waits(facts, today).OrderBy(i => i.Since).Select(i => i with { DaysWaiting = Math.Max(0, today.DayNumber - i.Since.DayNumber) })];
    }

    private static List<WaitingItem> Waits(CaseWaits facts, DateOnly today)
    {
        var careCase = facts.Case;
        var items = new List<WaitingItem>();
        if (careCase.Stage == CaseStage.Closed)
        {
            return items;
        }

        if (careCase.AuthorityToCheck)
        {
            // Since the case opened: the person who asked has been waiting to be able to decide anything for them.
            items.Add(new(WaitingOn.CaseManager, $"Check the right of the person who asked ({careCase.ApplicantRelationship}) to act for them",
                careCase.OpenedOn, WaitingPlace.Authority));
        }

        items.AddRange(AdultCare(facts, today));

        if (careCase.Stage is CaseStage.NewRequest or CaseStage.AssessmentDue)
        {
            items.Add(new(WaitingOn.CaseManager, "Record the needs assessment", careCase.StageSince, WaitingPlace.NeedsAssessment));
        }

        foreach (var assessment in facts.Assessments.Where(a => a.Status == FinancialAssessmentStatus.Submitted).OrderBy(a => a.Number))
        {
            items.Add(new(WaitingOn.CaseManager, $"Check and verify financial assessment version {assessment.Number}",
                facts.SubmittedOn.GetValueOrDefault(assessment.Id, careCase.StageSince), WaitingPlace.FinancialAssessment) { AssessmentNumber = assessment.Number });
        }

        if (careCase.Stage == CaseStage.FinancialAssessmentToVerify && facts.Assessments.All(a => a.Status == FinancialAssessmentStatus.Superseded))
        {
            items.Add(new(WaitingOn.ThePerson, "Send their financial assessment (or the case manager enters it for them)", careCase.StageSince));
        }

        if (facts.DocumentsAskedOn is { } asked && (facts.DocumentsLastSentOn is not { } sent || sent < asked))
        {
            items.Add(new(WaitingOn.ThePerson, "Send the documents the council asked for", asked, WaitingPlace.Documents));
        }

        items.AddRange(PlanAndBudget(facts));

        foreach (var oneOff in facts.OneOffsToDecide)
        {
            items.Add(oneOff.Status == OneOffPaymentStatus.AwaitingApproval
                ? new(WaitingOn.Manager, $"Approve or send back the one-off payment of {oneOff.Amount} for {oneOff.Description}, which is above the case manager's limit",
                    oneOff.RequestedOn, WaitingPlace.Approvals)
                : new(WaitingOn.CaseManager, $"Change or cancel the one-off payment for {oneOff.Description}, which a manager sent back",
                    oneOff.DecidedOn ?? oneOff.RequestedOn, WaitingPlace.OneOffPayments));
        }

        foreach (var nomination in facts.NominationsToDecide)
        {
            items.Add(new(WaitingOn.CaseManager, $"Decide the request for {nomination.NomineeName} to be their nominated person",
                nomination.RequestedOn, WaitingPlace.Representatives));
        }

        foreach (var invitation in facts.InvitationsUnanswered)
        {
            items.Add(new(WaitingOn.SomeoneInvited, $"The person invited at {invitation.Email} to accept or decline acting for them as their {DisplayNames.Of(invitation.Role).ToLowerInvariant()}",
                invitation.InvitedOn, WaitingPlace.Representatives));
        }

        if (facts.OpenReview is { } review)
        {
            items.Add(review.Status == ReviewStatus.AwaitingResponse ? AnswerToTheNotice(review, today) : new(WaitingOn.Reviewer, "Complete the review of the direct payment", review.DueOn));
        }

        if (facts.LettersToPost.Count > 0)
        {
            var count = facts.LettersToPost.Count;
            items.Add(new(WaitingOn.CaseManager, count == 1 ? "Print and post a letter" : $"Print and post {count} letters",
                facts.LettersToPost.Min(), WaitingPlace.LettersToPost));
        }

        return items;
    }

    // A notice of the surplus to be recovered: the person's to answer until their time runs out (from the day a paper
    // notice is posted), then the reviewer's to decide. A paper notice not yet posted waits on the case manager.
    private static WaitingItem AnswerToTheNotice(ReviewStanding review, DateOnly today)
    {
        var sent = review.NoticeSentOn ?? review.DueOn;
        if (review.RespondBy is not { } respondBy)
        {
            return new(WaitingOn.ThePerson, "Answer the notice of the surplus to be recovered", sent);
        }

        if (TimeToAnswer.LastDay(sent, respondBy, review.Notice) is not { } lastDay)
        {
            var days = respondBy.DayNumber - sent.DayNumber;
            return new(WaitingOn.CaseManager, $"Post the notice of the surplus to be recovered: the person's {days} day{(days == 1 ? string.Empty : "s")} to answer start when it is posted",
                sent, WaitingPlace.LettersToPost);
        }

        return today <= lastDay
            ? new(WaitingOn.ThePerson, $"Answer the notice of the surplus to be recovered, by {DateWords.Day(lastDay)}", review.Notice.PostedOn ?? sent)
            : new(WaitingOn.Reviewer, $"Decide the review's outcome: the time to answer the notice of the surplus ended on {DateWords.Day(lastDay)}", lastDay.AddDays(1));
    }

    // A disabled child's move to adult care: planned from 17, then the Care Act's needs assessment and means test once moved.
    private static IEnumerable<WaitingItem> AdultCare(CaseWaits facts, DateOnly today)
    {
        var careCase = facts.Case;
        if (careCase.MoveToAdultCareToPlan(today))
        {
            var eighteen = careCase.EighteenOn!.Value;
            yield return new(WaitingOn.CaseManager,
                $"Plan the move to adult care: {careCase.SubjectName} turns 18 on {DateWords.Day(eighteen)}. Carry out a transition assessment under the Care Act (sections 58 to 66), then move the case from their 18th birthday",
                careCase.SubjectDateOfBirth!.Value.AddYears(CareCase.TransitionPlanningAge), WaitingPlace.AdultCare);
        }

        if (careCase.MovedToAdultCareOn is not { } moved)
        {
            yield break;
        }

        if (facts.LatestNeedsAssessedUnder != NeedsAssessedUnder.CareActAdult)
        {
            yield return new(WaitingOn.CaseManager, "Assess their needs under the Care Act, as they moved to adult care", moved, WaitingPlace.NeedsAssessment);
        }

        if (!facts.Assessments.Any(a => a.Status is FinancialAssessmentStatus.Verified or FinancialAssessmentStatus.Submitted))
        {
            yield return new(WaitingOn.ThePerson, "Send their financial assessment under the Care Act (or the case manager enters it for them)", moved);
        }
    }

    // The plan in the making and its final budget: whose agreement or approval the council's decision waits for.
    private static IEnumerable<WaitingItem> PlanAndBudget(CaseWaits facts)
    {
        var budget = facts.LatestBudget;
        if (budget is { Status: ApprovalStatus.AwaitingApproval })
        {
            yield return new(WaitingOn.Manager, $"Approve or send back the personal budget of {budget.WeeklyAmount} a week, which is above the case manager's limit",
                budget.SetOn, WaitingPlace.Approvals);
        }
        else if (budget is { Status: ApprovalStatus.SentBack })
        {
            yield return new(WaitingOn.CaseManager, $"Change the personal budget a manager sent back: {budget.SentBackReason}",
                budget.DecidedOn ?? budget.SetOn, WaitingPlace.Budget);
        }

        if (facts.LatestPlan is not { } plan)
        {
            yield break;
        }

        switch (plan.Status)
        {
            case SupportPlanStatus.Draft when plan.ChangesRequested is { } changes:
                yield return new(WaitingOn.CaseManager, $"Change support plan version {plan.Number}: the person asked for changes (\"{changes}\")",
                    plan.ProposedOn ?? facts.Case.StageSince, WaitingPlace.Plan);
                break;
            case SupportPlanStatus.Draft when facts.Case.Stage is not (CaseStage.NewRequest or CaseStage.AssessmentDue):
                yield return new(WaitingOn.CaseManager, $"Finish support plan version {plan.Number} and propose it to the person", facts.Case.StageSince, WaitingPlace.Plan);
                break;
            case SupportPlanStatus.Proposed:
                var proposed = plan.ProposedOn ?? facts.Case.StageSince;
                if (plan.AgreedByPersonOn is null)
                {
                    yield return new(WaitingOn.ThePerson, $"Agree support plan version {plan.Number}, or ask for changes", proposed);
                }

                // A final budget above the limit is the manager's wait, above; otherwise the council's agreement is the case manager's.
                if (plan.AgreedByCouncilOn is null && budget is not { Status: ApprovalStatus.AwaitingApproval or ApprovalStatus.SentBack })
                {
                    yield return new(WaitingOn.CaseManager, $"Agree support plan version {plan.Number} for the council", plan.AgreedByPersonOn ?? proposed, WaitingPlace.Plan);
                }

                break;
            case SupportPlanStatus.Agreed when !facts.HasDirectPayment:
                yield return new(WaitingOn.CaseManager, "Set up the direct payment for the agreed plan",
                    plan.AgreedByCouncilOn ?? plan.AgreedByPersonOn ?? facts.Case.StageSince, WaitingPlace.DirectPayment);
                break;
        }
    }
}

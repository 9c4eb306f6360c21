using DirectPayments.Application.Common;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Application.Letters;

/// <summary>The case manager's letters: decisions on needs and money, the direct payment, documents, representatives.</summary>
public static partial class Letters
{
    /// <summary>The needs assessment found eligible needs (reg 2 for an adult, reg 3 for a carer).</summary>
    public static Letter NeedsEligible(NeedsAssessedUnder under, string subjectName, DateOnly assessedOn, string reasons) => under == NeedsAssessedUnder.ChildrenAct
        ? new(
            NoticeKind.General,
            $"{subjectName}'s assessment: the council will provide support",
            $"We assessed {subjectName}'s needs, and your family's, on {assessedOn:d MMMM yyyy}, under section 17 of the Children Act 1989. "
            + $"{subjectName} is a disabled child in need, and the council will provide support. Your case manager will now work out a personal budget "
            + $"and agree a support plan with you. Reasons: {reasons}")
        : new(
            NoticeKind.General,
            "Your needs assessment: you are eligible for support",
            $"We assessed {(under == NeedsAssessedUnder.CareActCarer ? "your needs as a carer" : "the needs of " + subjectName)} on {assessedOn:d MMMM yyyy}. "
            + "The needs are eligible for support from the council. Your case manager will now work out a personal budget and agree a support plan with you. "
            + $"Reasons: {reasons}");

    /// <summary>
    /// A disabled child is 18 and adult care takes over: what changes (the Care Act, a new assessment and means test,
    /// the parent's right to act) and what does not (the direct payment goes on, with nothing to pay meanwhile).
    /// </summary>
    public static Letter MovingToAdultCare(string subjectName, DateOnly on) => new(
        NoticeKind.General,
        $"{subjectName}'s support is moving to adult care",
        $"{subjectName} is now 18, so from {on:d MMMM yyyy} their care and support is arranged under the Care Act 2014 instead of the Children Act 1989. "
        + $"Their direct payment carries on as it is while we assess {subjectName}'s needs again under the Care Act, so that their support does not stop. "
        + "The charge for children's services ends: nothing is taken from the payment for the time being. "
        + $"Under the Care Act, what {subjectName} pays towards their care is worked out from their own income and savings in a financial assessment, "
        + "which your case manager will ask them (or whoever acts for them) to complete. We will write again with the result before anything is charged. "
        + $"As {subjectName} is now an adult, a parent can go on acting for them only with their agreement, or with a legal authority such as a lasting power of attorney "
        + "or a deputyship from the Court of Protection. Your case manager will ask about this.");

    /// <summary>The needs assessment found no eligible needs: the decision letter, which closes the case.</summary>
    public static Letter NeedsNotEligible(NeedsAssessedUnder under, DateOnly assessedOn, string reasons) => new(
        NoticeKind.General,
        "Your needs assessment: the needs are not eligible",
        (under == NeedsAssessedUnder.ChildrenAct
            ? $"We assessed your child's needs on {assessedOn:d MMMM yyyy}, under section 17 of the Children Act 1989. We found no need that the council's children's services should meet. "
            : $"We assessed the needs on {assessedOn:d MMMM yyyy}. They do not meet the national eligibility criteria, so the council does not have to meet them. ")
        + $"Reasons: {reasons} "
        + "You can ask us to look at the decision again. We can also tell you about community groups, equipment and advice that may help prevent or delay needs.");

    /// <summary>
    /// What the person pays from the day it takes effect, with the working: their financial assessment as the case
    /// manager checked it, or a light-touch or full-cost decision with its reason.
    /// </summary>
    public static Letter WhatYouPay(FinancialAssessment settled)
    {
        ArgumentNullException.ThrowIfNull(settled);
        var body = (FinancialAssessmentHistory.IsDecision(settled.Kind), settled.FullCostPayer) switch
        {
            (false, true) => $"We have checked your financial assessment. You pay the full weekly cost of your care, {settled.WeeklyContribution}.",
            (false, false) => $"We have checked your financial assessment. You pay {settled.WeeklyContribution} a week towards your care and support, "
                + $"and we pay {settled.NetWeeklyDirectPayment} a week. The working below shows how we worked it out. "
                + "If you think it is wrong, or your money changes, tell your case manager.",
            (true, true) => $"We have decided that you pay the full weekly cost of your care, {settled.WeeklyContribution}. The reason is below. "
                + "If you think it is wrong, tell your case manager: you can ask for a full financial assessment.",
            (true, false) => $"We have decided that you pay {settled.WeeklyContribution} a week towards your care and support, and we pay {settled.NetWeeklyDirectPayment} a week. "
                + "The reason is below. If you think it is wrong, tell your case manager: you can ask for a full financial assessment.",
        };
        return new(NoticeKind.ContributionChanged, $"What you pay towards your care from {settled.EffectiveFrom!.Value:d MMMM yyyy}", body, settled.Working);
    }

    /// <summary>
    /// The direct payment is set up: what is paid, when and into which account, the contribution, and the first review.
    /// <paramref name="reworked"/> is the assessment worked out again at the plan's cost, if it was.
    /// </summary>
    public static Letter DirectPaymentStarting(DirectPaymentAgreement agreement, FinancialAssessment? reworked, NextPayment? first)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var terms = agreement.TermsOn(agreement.StartDate);
        return new(
            NoticeKind.PaymentStarted,
            "Your direct payment is starting",
            $"Your direct payment starts on {agreement.StartDate:d MMMM yyyy}. "
            + (first is null ? string.Empty : $"Your first payment, {first.Amount} for {first.From:d MMMM} to {first.To:d MMMM yyyy}, "
                + (first.Late ? $"is made with this period's payments, which were due on {first.On:d MMMM yyyy} and are being made late. " : $"is made on {first.On:d MMMM yyyy}. "))
            + $"After that we pay {terms.WeeklyPayment.Times(4)} every 4 weeks, in advance, into your "
            + $"{DisplayNames.Of(agreement.AccountType).ToLowerInvariant()} ending {agreement.AccountIdentifier[^4..]}. "
            + (terms.Basis == DirectPaymentBasis.Net
                ? $"Pay your contribution of {terms.WeeklyContribution.Times(4)} every 4 weeks into the same account. "
                : $"We will send you an invoice for your contribution of {terms.WeeklyContribution.Times(4)} every 4 weeks. ")
            + $"We will review how it is going by {agreement.FirstReviewDate:d MMMM yyyy}. Keep your receipts and records."
            + (reworked is null ? string.Empty : " Your contribution was worked out again at the cost of your agreed support plan: the working is below."),
            [.. first?.Due.Lines.Select(l => l.Working) ?? [], .. reworked?.Working ?? []]);
    }

    /// <summary>
    /// The direct payment changes from a date (a revised plan, a reassessment, new rates): what is paid a week from then
    /// instead of what was paid, and, when the date has passed, that payments already made are put right in the next one.
    /// </summary>
    public static Letter DirectPaymentChanging(DirectPaymentAgreement agreement, DirectPaymentChange change, PaymentTerms before, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(before);
        var after = change.Terms ?? before;
        var why = change.Kind switch
        {
            DirectPaymentChangeKind.PlanRevised => "your support plan has changed",
            DirectPaymentChangeKind.Uprated => "the charging rates for the new financial year apply",
            _ => "your contribution has been worked out again",
        };
        return new(
            NoticeKind.PaymentChanged,
            "Your direct payment is changing",
            $"Because {why}, from {change.EffectiveFrom:d MMMM yyyy} we pay {after.WeeklyPayment} a week ({after.WeeklyPayment.Times(4)} every 4 weeks) "
            + $"instead of {before.WeeklyPayment} a week. "
            + (after.WeeklyContribution != before.WeeklyContribution ? $"Your contribution is {after.WeeklyContribution} a week from that date (it was {before.WeeklyContribution}). " : string.Empty)
            + (change.EffectiveFrom <= today
                ? "Payments already made for days since then are put right in your next payment: anything we owe you is added to it, and anything paid too much is taken from it."
                : "Nothing changes before that date."),
            [change.Reason]);
    }

    /// <summary>
    /// Where the direct payment is paid changed: to whom and the last 4 digits of the account, and what to do if the
    /// person did not ask for it (changed bank details are a common fraud).
    /// </summary>
    public static Letter PaymentAccountChanged(DirectPaymentAgreement agreement, CouncilDetails council)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(council);
        return new(
            NoticeKind.PaymentChanged,
            "Where your direct payment is paid has changed",
            $"From the next payment, we pay your direct payment to {agreement.RecipientName}, into the "
            + $"{DisplayNames.Of(agreement.AccountType).ToLowerInvariant()} ending {agreement.AccountIdentifier[^4..]}. "
            + $"Payments already made are not affected. If you did not ask for this change, {council.PhoneTheCouncil} straight away.",
            []);
    }

    /// <summary>Payments stop from a date, and why; the days from then are not paid, and what was paid for them is taken back.</summary>
    public static Letter DirectPaymentSuspended(DateOnly from, string reason) => new(
        NoticeKind.PaymentChanged,
        "Your direct payment is suspended",
        $"We have stopped your direct payment from {from:d MMMM yyyy}. Anything already paid for days from then is taken from your payments when they start again. "
        + "Keep paying for support you have already arranged from the money in your account, and contact your case manager if that leaves you short. "
        + "We will write to you again when payments start again.",
        [reason]);

    /// <summary>Payments start again from a date, at the weekly amount then in force.</summary>
    public static Letter DirectPaymentResumed(DateOnly from, Money weekly) => new(
        NoticeKind.PaymentChanged,
        "Your direct payment starts again",
        $"Your direct payment starts again from {from:d MMMM yyyy}: we pay {weekly} a week ({weekly.Times(4)} every 4 weeks), in advance, as before. "
        + "Days since then that were not paid are added to your next payment.",
        []);

    /// <summary>
    /// The direct payment ends after its last day, for a reason; what was paid past it is settled. After a death it is
    /// written to whoever now deals with the person's affairs, never to the person.
    /// </summary>
    public static Letter DirectPaymentEnded(string person, DateOnly lastDay, EndReason why) => new(
        NoticeKind.PaymentChanged,
        why == EndReason.Died ? $"{person}'s direct payment has ended" : "Your direct payment has ended",
        (why == EndReason.Died
            ? $"We are sorry for your loss. {person}'s direct payment ended on {lastDay:d MMMM yyyy}. "
              + "Money paid for days after that belongs to the council. Keep the account open to pay any wages, holiday pay, tax and bills still owed for care up to that day. "
            : $"Your direct payment ends on {lastDay:d MMMM yyyy}{(why == EndReason.MovedToAnotherCouncil ? ", because of the move to another council, who will assess what support is needed there" : string.Empty)}. "
              + "Money paid for days after that belongs to the council. Keep the account open to pay any wages, holiday pay, tax and bills still owed for care up to that day. ")
        + "The final statement, sent with this letter, says what is in the account and what happens next.",
        []);

    /// <summary>
    /// The final statement when a direct payment ends: the balance, what of it was paid for days after the end (the
    /// council's, returned with the rest: a run cannot take money from an account, ADR 52), and what is left for the bills
    /// still owed for care up to the end. No money is kept back for future weeks, since there are none. Where the
    /// contribution was invoiced (<paramref name="invoiced"/>: a gross direct payment, ADR 53), it says the next run puts
    /// the invoices right to the last day.
    /// </summary>
    public static Letter FinalStatement(string person, DateOnly lastDay, DateOnly today, Money balance, Money paidPastTheEnd, bool invoiced = false)
    {
        var left = Money.Max(Money.Zero, balance - paidPastTheEnd);
        return new(
            NoticeKind.PaymentChanged,
            $"Final statement of {person}'s direct payment account",
            $"On {today:d MMMM yyyy} the account holds {balance}. "
            + (paidPastTheEnd > Money.Zero
                ? $"Of this, {paidPastTheEnd} was paid for days after {lastDay:d MMMM yyyy}: it is the council's, so please do not spend it. "
                : $"Nothing was paid for days after {lastDay:d MMMM yyyy}. ")
            + $"That leaves {left}. Within 4 weeks, tell your case manager what is still owed for care up to {lastDay:d MMMM yyyy} "
            + "(a personal assistant's wages and holiday pay, tax and National Insurance to HMRC, redundancy pay, care agency bills), with the bills. "
            + (paidPastTheEnd > Money.Zero ? $"What is left after those, with the {paidPastTheEnd}, " : "What is left after those ")
            + "is returned to the council: we will write first to say how much and how, and take nothing before then. "
            + "No money is kept back for future weeks, because the direct payment has ended."
            + (invoiced
                ? $" The contribution is charged up to {lastDay:d MMMM yyyy} only: the next payment run sends a credit note for anything invoiced for days after it, and an invoice for anything still to charge before it."
                : string.Empty),
            [
                $"Balance on {today:d MMMM yyyy}: {balance}.",
                $"Paid for days after {lastDay:d MMMM yyyy}, the council's: {paidPastTheEnd}.",
                $"Left, before bills still owed for care up to the end: {balance} - {paidPastTheEnd} = {left}.",
            ]);
    }

    /// <summary>A one-off payment is approved (by the case manager within their limit, or by a manager): what, when, and the contribution.</summary>
    public static Letter OneOffPaymentApproved(OneOffDirectPayment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return new(
            NoticeKind.PaymentStarted,
            $"A one-off payment for {payment.Description}",
            $"We will pay you {payment.NetPayment} on or soon after {payment.DueOn:d MMMM yyyy} for {payment.Description}. "
            + (payment.Contribution > Money.Zero
                ? $"This is {payment.Amount} less your contribution of {payment.Contribution}. "
                : string.Empty)
            + "Keep the receipt: we will ask to see it.",
            payment.Working);
    }

    /// <summary>The case manager asks the person for documents, saying what and by when.</summary>
    public static Letter DocumentsRequested(string what, DateOnly by)
    {
        ArgumentNullException.ThrowIfNull(what);
        return new(
            NoticeKind.EvidenceRequested,
            $"Please send us documents by {by:d MMMM yyyy}",
            $"Your case manager needs: {what.Trim()} Send them from your case page (\"Send documents to your case manager\") by {by:d MMMM yyyy}. "
            + "If you cannot, tell your case manager.");
    }

    /// <summary>Someone the council asked to act for the person accepted.</summary>
    public static Letter SomeoneCanActForYou(string name, CaseMemberRole role) => new(
        NoticeKind.General,
        "Someone can now act for you",
        $"{name} has agreed to be your {(role == CaseMemberRole.NominatedPerson ? "nominated person" : "authorised person")}. "
        + "They can now see this case and manage the direct payment for you. You can ask us to stop this at any time.");

    /// <summary>The case manager agreed to the nominated person the person asked for; the nominee is asked to accept.</summary>
    public static Letter NominationAccepted(string nomineeName) => new(
        NoticeKind.General,
        "We have agreed to your nominated person",
        $"We have agreed to {nomineeName} being your nominated person, and emailed them to ask them to accept. "
        + "Once they accept, they can see your case and manage your direct payment for you. We will write to you when they do. "
        + "You can ask us to stop this at any time.");

    /// <summary>Someone the council asked to act for the person said no.</summary>
    public static Letter SomeoneWillNotActForYou(string name, CaseMemberRole role) => new(
        NoticeKind.General,
        "Someone will not act for you",
        $"{name} has told us they will not be your {(role == CaseMemberRole.NominatedPerson ? "nominated person" : "authorised person")}. "
        + "Talk to your case manager about who else could help.");

    /// <summary>The case manager did not record the nominated person the person asked for, and says why.</summary>
    public static Letter NominationDeclined(string nomineeName, string? reason) => new(
        NoticeKind.General,
        "Your request for a nominated person",
        $"We have not recorded {nomineeName} as your nominated person. {reason} "
        + "Talk to your case manager if you would like to nominate someone else.");

    /// <summary>A nominated or authorised person no longer acts for the person.</summary>
    public static Letter SomeoneNoLongerActsForYou(string name, CaseMemberRole role, string reason) => new(
        NoticeKind.General,
        "Someone no longer acts for you",
        $"{name} is no longer your {(role == CaseMemberRole.NominatedPerson ? "nominated person" : "authorised person")}. {reason} "
        + "They can no longer see your case or manage your direct payment. Talk to your case manager if you would like someone else to help.");
}

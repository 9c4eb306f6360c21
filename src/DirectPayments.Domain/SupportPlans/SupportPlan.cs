using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.SupportPlans;

/// <summary>
/// The agreed way of meeting the person's eligible needs: costed lines, each tied to a need and an outcome, each
/// bought with the direct payment or arranged by the council. It moves Draft → Proposed → Agreed (by the person and
/// the council) → Active → Ended; a change after it is proposed makes a new version and keeps the old.
/// </summary>
public sealed class SupportPlan : IAudited, IVersioned
{
    private readonly List<SupportPlanLine> _lines = [];

    private SupportPlan()
    {
    }

    public SupportPlan(Guid caseId, int number)
    {
        if (number < 1)
        {
            throw new DomainException("Plan versions are numbered from 1.");
        }

        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Number = number;
        Status = SupportPlanStatus.Draft;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public SupportPlanStatus Status { get; private set; }

    public IReadOnlyList<SupportPlanLine> Lines => _lines;

    /// <summary>What the person asked to change when they sent the plan back.</summary>
    public string? ChangesRequested { get; private set; }

    public DateOnly? ProposedOn { get; private set; }

    public DateOnly? AgreedByPersonOn { get; private set; }

    public string? AgreedByPerson { get; private set; }

    public DateOnly? AgreedByCouncilOn { get; private set; }

    public string? AgreedByCouncil { get; private set; }

    public DateOnly? ActiveFrom { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public long Version { get; set; }

    Guid? IAudited.AuditCaseId => CaseId;

    public Money WeeklyTotal => _lines.Select(l => l.WeeklyCost).Sum();

    public Money WeeklyDirectPayment => _lines.Where(l => l.Delivery == DeliveryOption.DirectPayment).Select(l => l.WeeklyCost).Sum();

    public Money WeeklyCouncilManaged => _lines.Where(l => l.Delivery == DeliveryOption.CouncilManaged).Select(l => l.WeeklyCost).Sum();

    public BudgetDelivery Delivery =>
        WeeklyCouncilManaged == Money.Zero ? BudgetDelivery.DirectPayment
        : WeeklyDirectPayment == Money.Zero ? BudgetDelivery.CouncilManaged
        : BudgetDelivery.Mixed;

    public SupportPlanLine AddLine(SupportPlanLineDetails details)
    {
        RequireDraft();
        var line = new SupportPlanLine(Id, CaseId, details);
        _lines.Add(line);
        return line;
    }

    public void RemoveLine(Guid lineId)
    {
        RequireDraft();
        if (_lines.RemoveAll(l => l.Id == lineId) == 0)
        {
            throw new DomainException("That line is not in this plan.");
        }
    }

    /// <summary>The case manager puts the plan to the person.</summary>
    public void Propose(DateOnly on)
    {
        RequireStatus(SupportPlanStatus.Draft, "propose");
        if (_lines.Count == 0)
        {
            throw new DomainException("Add at least one line before proposing the plan.");
        }

        Status = SupportPlanStatus.Proposed;
        ProposedOn = on;
        ChangesRequested = null;
        AgreedByPerson = null;
        AgreedByPersonOn = null;
        AgreedByCouncil = null;
        AgreedByCouncilOn = null;
    }

    public void AgreeAsPerson(string who, DateOnly on)
    {
        RequireStatus(SupportPlanStatus.Proposed, "agree");
        ArgumentException.ThrowIfNullOrWhiteSpace(who);
        (AgreedByPerson, AgreedByPersonOn) = (who, on);
        BecomeAgreedWhenBothHave();
    }

    /// <summary>
    /// The person's agreement given to their case manager rather than online (many people never sign in, and a parent
    /// or someone with a power of attorney may agree for them): who agreed and, in words, how, kept with the plan.
    /// </summary>
    public void RecordPersonsAgreement(string who, string how, DateOnly on)
    {
        if (string.IsNullOrWhiteSpace(who) || who.Trim().Length > MaxAgreedByLength)
        {
            throw new DomainException($"Say who agreed the plan, in {MaxAgreedByLength} characters or fewer.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(how);
        AgreeAsPerson($"{who.Trim()}, {how}", on);
    }

    /// <summary>How long the name of someone who agreed for the person may be, leaving room for how they agreed.</summary>
    public const int MaxAgreedByLength = 100;

    public void AgreeAsCouncil(string who, DateOnly on)
    {
        RequireStatus(SupportPlanStatus.Proposed, "agree");
        ArgumentException.ThrowIfNullOrWhiteSpace(who);
        (AgreedByCouncil, AgreedByCouncilOn) = (who, on);
        BecomeAgreedWhenBothHave();
    }

    /// <summary>The person asks for changes: the plan goes back to draft with their comment.</summary>
    public void RequestChanges(string comment)
    {
        RequireStatus(SupportPlanStatus.Proposed, "ask for changes to");
        if (string.IsNullOrWhiteSpace(comment))
        {
            throw new DomainException("Say what should change.");
        }

        Status = SupportPlanStatus.Draft;
        ChangesRequested = comment.Trim();
    }

    public void Activate(DateOnly from)
    {
        RequireStatus(SupportPlanStatus.Agreed, "start");
        Status = SupportPlanStatus.Active;
        ActiveFrom = from;
    }

    public void End(DateOnly on)
    {
        RequireStatus(SupportPlanStatus.Active, "end");
        if (ActiveFrom is { } from && on < from)
        {
            throw new DomainException("A plan cannot end before it started.");
        }

        Status = SupportPlanStatus.Ended;
        EndedOn = on;
    }

    /// <summary>
    /// A change to a plan that is proposed, agreed or active makes a new draft version with the same lines;
    /// this version is kept as it was, marked superseded (unless it is active, which stays in force until the new one starts).
    /// </summary>
    public SupportPlan NewVersion(int number)
    {
        if (Status is SupportPlanStatus.Draft or SupportPlanStatus.Ended or SupportPlanStatus.Superseded)
        {
            throw new DomainException($"A {Status.ToString().ToLowerInvariant()} plan cannot be revised.");
        }

        var next = new SupportPlan(CaseId, number);
        foreach (var line in _lines)
        {
            next._lines.Add(new SupportPlanLine(next.Id, CaseId, line.Details));
        }

        if (Status != SupportPlanStatus.Active)
        {
            Status = SupportPlanStatus.Superseded;
        }

        return next;
    }

    /// <summary>When the revised version starts, the old active one is superseded.</summary>
    public void SupersedeOnActivationOf(SupportPlan next, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(next);
        RequireStatus(SupportPlanStatus.Active, "replace");
        Status = SupportPlanStatus.Superseded;
        EndedOn = on;
    }

    private void BecomeAgreedWhenBothHave()
    {
        if (AgreedByPersonOn is not null && AgreedByCouncilOn is not null)
        {
            Status = SupportPlanStatus.Agreed;
        }
    }

    private void RequireDraft()
    {
        if (Status != SupportPlanStatus.Draft)
        {
            throw new DomainException("Only a draft plan can be changed: make a new version instead.");
        }
    }

    private void RequireStatus(SupportPlanStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new DomainException($"You cannot {action} a plan that is {Status.ToString().ToLowerInvariant()}.");
        }
    }
}

/// <summary>What a line of the plan is: shared by a line and its copies in later versions.</summary>
public sealed record SupportPlanLineDetails(
    SupportCategory Category,
    string Description,
    EligibilityOutcome Need,
    string Outcome,
    Money Amount,
    Frequency Frequency,
    decimal? HoursPerWeek,
    Money? HourlyRate,
    DeliveryOption Delivery,
    Restriction Restriction = Restriction.None,
    string? ExceptionReason = null);

/// <summary>One costed line: what is bought, for which need and outcome, how often, and how it is delivered.</summary>
public sealed class SupportPlanLine : IAudited
{
    private SupportPlanLine()
    {
        Description = string.Empty;
        Outcome = string.Empty;
    }

    internal SupportPlanLine(Guid planId, Guid caseId, SupportPlanLineDetails details)
        : this()
    {
        ArgumentNullException.ThrowIfNull(details);
        if (string.IsNullOrWhiteSpace(details.Description))
        {
            throw new DomainException("Describe what the line buys.");
        }

        if (string.IsNullOrWhiteSpace(details.Outcome))
        {
            throw new DomainException("Say what outcome the line helps the person achieve.");
        }

        SupportPlanRules.CheckRestriction(details);
        Id = Guid.CreateVersion7();
        PlanId = planId;
        CaseId = caseId;
        Category = details.Category;
        Description = details.Description.Trim();
        Need = details.Need;
        Outcome = details.Outcome.Trim();
        Delivery = details.Delivery;
        Restriction = details.Restriction;
        ExceptionReason = details.ExceptionReason?.Trim();
        if (details.HoursPerWeek is { } hours && details.HourlyRate is { } rate)
        {
            if (hours <= 0m || hours > 168m)
            {
                throw new DomainException("Hours a week must be more than 0 and no more than 168.");
            }

            HoursPerWeek = hours;
            HourlyRate = rate;
            Amount = SupportPlanRules.WeeklyCostOfHours(hours, rate);
            Frequency = Frequency.Weekly;
        }
        else
        {
            if (details.Amount <= Money.Zero)
            {
                throw new DomainException("A line must cost more than £0.00.");
            }

            Amount = details.Amount;
            Frequency = details.Frequency;
        }
    }

    public Guid Id { get; private set; }

    public Guid PlanId { get; private set; }

    public Guid CaseId { get; private set; }

    public SupportCategory Category { get; private set; }

    public string Description { get; private set; }

    public EligibilityOutcome Need { get; private set; }

    public string Outcome { get; private set; }

    public Money Amount { get; private set; }

    public Frequency Frequency { get; private set; }

    public decimal? HoursPerWeek { get; private set; }

    public Money? HourlyRate { get; private set; }

    public DeliveryOption Delivery { get; private set; }

    public Restriction Restriction { get; private set; }

    public string? ExceptionReason { get; private set; }

    Guid? IAudited.AuditCaseId => CaseId;

    /// <summary>The line as a weekly cost: monthly × 12 ÷ 52, 4-weekly ÷ 4, annual ÷ 52, half a penny rounded up.</summary>
    public Money WeeklyCost => Frequency == Frequency.Weekly
        ? Amount
        : MoneyRounding.Round(FrequencyConversion.ToWeekly(Amount.Pounds, Frequency), RoundingDirection.HalfUp);

    public SupportPlanLineDetails Details => new(
        Category, Description, Need, Outcome, Amount, Frequency, HoursPerWeek, HourlyRate, Delivery, Restriction, ExceptionReason);
}

public static class SupportPlanRules
{
    public static Money WeeklyCostOfHours(decimal hours, Money hourlyRate) =>
        MoneyRounding.Round(hours * hourlyRate.Pounds, RoundingDirection.HalfUp);

    /// <summary>
    /// Refuses what a direct payment may not buy. A close relative in the same household may be paid only where the
    /// council has decided it is necessary (DP Regs reg 3), so that line needs the recorded reason.
    /// </summary>
    public static void CheckRestriction(SupportPlanLineDetails line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Delivery != DeliveryOption.DirectPayment)
        {
            return;
        }

        switch (line.Restriction)
        {
            case Restriction.NhsService:
                throw new DomainException("A direct payment cannot buy NHS services or anything the NHS provides free.");
            case Restriction.HouseholdBills:
                throw new DomainException("A direct payment cannot pay rent, food, heating or routine household bills.");
            case Restriction.LongTermCareHome:
                throw new DomainException("A direct payment cannot pay for a long-term care-home place.");
            case Restriction.RelativeInSameHousehold when string.IsNullOrWhiteSpace(line.ExceptionReason):
                throw new DomainException("Paying a close relative who lives in the same household needs the council's recorded decision that it is necessary.");
        }
    }

    /// <summary>
    /// A personal assistant's hourly rate must cover at least the legal minimum wage plus the employer's on-costs
    /// (employer's National Insurance, pension, holiday pay, insurance), both taken from the year's rates.
    /// </summary>
    public static Money MinimumPersonalAssistantRate(Money nationalLivingWage, decimal employerOnCostPercent) =>
        MoneyRounding.Round(nationalLivingWage.Pounds * (1m + (employerOnCostPercent / 100m)), RoundingDirection.Up);

    public static bool RateTooLowForAPersonalAssistant(SupportPlanLine line, Money nationalLivingWage, decimal employerOnCostPercent)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Category == SupportCategory.PersonalAssistant
            && line.HourlyRate is { } rate
            && rate < MinimumPersonalAssistantRate(nationalLivingWage, employerOnCostPercent);
    }
}

/// <summary>How a person who does not agree online gave their agreement to the plan.</summary>
public enum PersonsAgreementGiven
{
    SignedOnPaper,
    Phone,
    InPerson,
    EmailOrLetter,
}

using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Payments;

namespace DirectPayments.Domain.Budgets;

public enum OneOffPaymentStatus
{
    AwaitingApproval,
    SentBack,

    /// <summary>Approved: the next payment run on or after the date it is due pays it.</summary>
    Approved,

    Paid,
    Cancelled,
}

/// <summary>
/// A single direct payment for one outcome (a cooker, a membership, a carer's break), which needs no personal budget
/// or support plan. The council's one-off contribution policy for the year decides what the person pays towards it.
/// </summary>
public sealed class OneOffDirectPayment : IAudited, IVersioned
{
    private OneOffDirectPayment()
    {
        Description = string.Empty;
        Outcome = string.Empty;
        RequestedBy = string.Empty;
        Working = [];
    }

    public OneOffDirectPayment(
        Guid caseId,
        string description,
        EligibilityOutcome need,
        string outcome,
        DateOnly dueOn,
        OneOffDirectPaymentResult result,
        OneOffContributionPolicy policy,
        string requestedBy,
        DateOnly on,
        Money approvalLimit)
        : this()
    {
        ArgumentNullException.ThrowIfNull(result);
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new DomainException("Describe what the payment buys.");
        }

        if (string.IsNullOrWhiteSpace(outcome))
        {
            throw new DomainException("Say what outcome the payment helps the person achieve.");
        }

        if (result.Amount <= Money.Zero)
        {
            throw new DomainException("The amount must be more than £0.00.");
        }

        Id = Guid.CreateVersion7();
        CaseId = caseId;
        Description = description.Trim();
        Need = need;
        Outcome = outcome.Trim();
        DueOn = dueOn;
        Amount = result.Amount;
        Contribution = result.Contribution;
        NetPayment = result.NetPayment;
        Policy = policy;
        Working = [.. result.Working];
        RequestedBy = requestedBy;
        RequestedOn = on;

        // A one-off is a yearly cost of its whole amount.
        Status = ApprovalRules.NeedsManager(Amount, approvalLimit) ? OneOffPaymentStatus.AwaitingApproval : OneOffPaymentStatus.Approved;
    }

    public Guid Id { get; private set; }

    public Guid CaseId { get; private set; }

    public string Description { get; private set; }

    public EligibilityOutcome Need { get; private set; }

    public string Outcome { get; private set; }

    public DateOnly DueOn { get; private set; }

    public Money Amount { get; private set; }

    public Money Contribution { get; private set; }

    public Money NetPayment { get; private set; }

    public OneOffContributionPolicy Policy { get; private set; }

    public IReadOnlyList<string> Working { get; private set; }

    public string RequestedBy { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    public OneOffPaymentStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public string? SentBackReason { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public long Version { get; set; }

    /// <summary>
    /// Who it is paid to when not into the person's direct payment account: a nominated person's account, or the
    /// supplier's bank account. Null: into the direct payment's account.
    /// </summary>
    public string? PayeeName { get; private set; }

    public AccountType? PayeeAccountType { get; private set; }

    /// <summary>The payee's account in full (for the payment file only); shown masked.</summary>
    public string? PayeeAccountDigits { get; private set; }

    /// <summary>Its own payee's account, or null when it is paid into the direct payment's account.</summary>
    public PayeeAccount? Payee => PayeeAccountType is { } type && PayeeAccountDigits is { } digits ? PayeeAccount.Stored(type, digits) : null;

    Guid? IAudited.AuditCaseId => CaseId;

    /// <summary>Pays it to its own payee (a nominated person, a supplier) instead of the direct payment's account.</summary>
    public void PayTo(string name, PayeeAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainException("Enter the name of the person or supplier it is paid to.");
        }

        if (Status is OneOffPaymentStatus.Paid or OneOffPaymentStatus.Cancelled)
        {
            throw new DomainException("A paid or cancelled payment's payee cannot change.");
        }

        (PayeeName, PayeeAccountType, PayeeAccountDigits) = (name.Trim(), account.Type, account.Digits);
    }

    public void Approve(string manager, DateOnly on)
    {
        RequireStatus(OneOffPaymentStatus.AwaitingApproval, "approve");
        ArgumentException.ThrowIfNullOrWhiteSpace(manager);
        if (manager == RequestedBy)
        {
            throw new DomainException("Someone other than the person who asked for the payment must approve it.");
        }

        (Status, DecidedBy, DecidedOn) = (OneOffPaymentStatus.Approved, manager, on);
    }

    public void SendBack(string manager, DateOnly on, string reason)
    {
        RequireStatus(OneOffPaymentStatus.AwaitingApproval, "send back");
        ApprovalRules.RequireReason(reason);
        (Status, DecidedBy, DecidedOn, SentBackReason) = (OneOffPaymentStatus.SentBack, manager, on, reason.Trim());
    }

    /// <summary>Called by the payment run that pays it, so it is paid once.</summary>
    public void MarkPaid(DateOnly on)
    {
        RequireStatus(OneOffPaymentStatus.Approved, "pay");
        (Status, PaidOn) = (OneOffPaymentStatus.Paid, on);
    }

    public void Cancel()
    {
        if (Status is OneOffPaymentStatus.Paid or OneOffPaymentStatus.Cancelled)
        {
            throw new DomainException("A paid or cancelled payment cannot be cancelled.");
        }

        Status = OneOffPaymentStatus.Cancelled;
    }

    private void RequireStatus(OneOffPaymentStatus status, string action)
    {
        if (Status != status)
        {
            throw new DomainException($"You cannot {action} a payment that is {Status}.");
        }
    }
}

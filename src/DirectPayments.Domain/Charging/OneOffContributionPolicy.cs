namespace DirectPayments.Domain.Charging;

/// <summary>How a weekly contribution applies to a one-off direct payment. There is no national rule; councils differ.</summary>
public enum OneOffContributionPolicy
{
    /// <summary>Take one week's assessed contribution (never more than the one-off amount).</summary>
    ChargeOneWeek,

    /// <summary>One-off payments are not charged.</summary>
    DoNotCharge,

    /// <summary>Nothing further if the weekly contribution is already used by regular services; otherwise one week's contribution.</summary>
    NothingWhenRegularServicesUseContribution,
}

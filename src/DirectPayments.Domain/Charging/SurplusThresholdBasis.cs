namespace DirectPayments.Domain.Charging;

/// <summary>What the surplus threshold ("8 weeks") is measured against.</summary>
public enum SurplusThresholdBasis
{
    NetDirectPayment,
    PersonalBudget,
}

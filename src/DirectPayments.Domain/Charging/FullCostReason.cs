namespace DirectPayments.Domain.Charging;

public enum FullCostReason
{
    None,
    CapitalAboveUpperLimit,
    DeclinedToDisclose,
}

namespace DirectPayments.Domain.Charging;

/// <summary>
/// Net: the council pays the budget less the contribution and the person pays the contribution into the account.
/// Gross: the council pays the whole budget and invoices the contribution.
/// </summary>
public enum DirectPaymentBasis
{
    Net,
    Gross,
}

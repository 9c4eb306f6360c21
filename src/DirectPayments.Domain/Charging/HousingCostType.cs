namespace DirectPayments.Domain.Charging;

public enum HousingCostType
{
    Rent,
    Mortgage,
    CouncilTax,
    ServiceCharge,
    GroundRent,
}

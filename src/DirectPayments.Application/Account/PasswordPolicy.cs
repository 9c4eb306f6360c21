namespace DirectPayments.Application.Account;

/// <summary>
/// The portal's password policy (NCSC: length matters more than composition; still a mix, as councils expect). The
/// account store enforces it and the forms explain it, from these same figures.
/// </summary>
public static class PasswordPolicy
{
    public const int MinimumLength = 12;
}

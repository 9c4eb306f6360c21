namespace DirectPayments.Web.Infrastructure;

/// <summary>Reads a choice posted from a form as one named member of an enum, and nothing else.</summary>
public static class EnumInput
{
    // Enum.TryParse also accepts numbers and comma-separated names ("Confirmed,Derived" is Derived), so refuse both.
    public static bool IsDefined<TEnum>(string? value)
        where TEnum : struct, Enum => IsDefined(typeof(TEnum), value);

    /// <summary>The same for an enum type known only when the request comes; an address's part in any case, as MVC binds it.</summary>
    public static bool IsDefined(Type enumType, string? value, bool ignoreCase = false) =>
        value is { Length: > 0 }
        && !char.IsAsciiDigit(value[0]) && value[0] != '-'
        && !value.Contains(',', StringComparison.Ordinal)
        && Enum.TryParse(enumType, value, ignoreCase, out var parsed)
        && Enum.IsDefined(enumType, parsed!);
}

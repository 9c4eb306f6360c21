namespace DirectPayments.Application.Common;

/// <summary>How long lists sort what people read in them, the same on every server.</summary>
public static class ListOrder
{
    /// <summary>Names as people read them in a list: English order, capitals or not.</summary>
    public static StringComparer Names { get; } = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("en-GB"), ignoreCase: true);
}

namespace DirectPayments.Domain.Common;

/// <summary>How a fraction of a penny is settled.</summary>
public enum RoundingDirection
{
    /// <summary>To the penny below (towards minus infinity): £1.239 becomes £1.23.</summary>
    Down,

    /// <summary>To the penny above (towards plus infinity): £1.231 becomes £1.24.</summary>
    Up,

    /// <summary>To the nearest penny, half a penny away from zero: £1.235 becomes £1.24.</summary>
    HalfUp,
}

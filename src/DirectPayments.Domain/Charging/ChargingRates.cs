using System.Collections.Frozen;
using System.Globalization;
using DirectPayments.Domain.Common;

namespace DirectPayments.Domain.Charging;

/// <summary>The national charging figures for one financial year: capital limits, tariff and every MIG component.</summary>
public sealed class ChargingRates
{
    private readonly FrozenDictionary<RateKey, Money> _amounts;
    private readonly FrozenDictionary<RateKey, RateStatus> _statuses;

    /// <param name="year">The financial year the rates apply to.</param>
    /// <param name="amounts">An amount for every <see cref="RateKey"/>.</param>
    /// <param name="statuses">Optional status of each rate, shown in the working when a rate used is not confirmed.</param>
    public ChargingRates(
        FinancialYear year,
        IReadOnlyDictionary<RateKey, Money> amounts,
        IReadOnlyDictionary<RateKey, RateStatus>? statuses = null)
    {
        ArgumentNullException.ThrowIfNull(amounts);

        var missing = Enum.GetValues<RateKey>().Where(key => !amounts.ContainsKey(key)).ToList();
        if (missing.Count > 0)
        {
            throw new DomainException($"Charging rates for {year} are missing: {string.Join(", ", missing)}.");
        }

        foreach (var (key, amount) in amounts)
        {
            Guard.Defined(key, "Rate key");
            Guard.NotNegative(amount, $"{key} for {year}");
        }

        if (!TariffStepCanBe(amounts[RateKey.TariffStep]))
        {
            throw new DomainException($"TariffStep for {year} must be more than £0.00.");
        }

        if (!CapitalLimitsInOrder(amounts[RateKey.LowerCapitalLimit], amounts[RateKey.UpperCapitalLimit]))
        {
            throw new DomainException($"The lower capital limit for {year} is above the upper capital limit.");
        }

        Year = year;
        _amounts = amounts.ToFrozenDictionary();
        _statuses = (statuses ?? new Dictionary<RateKey, RateStatus>()).ToFrozenDictionary();
    }

    /// <summary>
    /// The most a national rate entered by hand can be. The capital limits are the largest rates, tens of thousands of
    /// pounds (£23,250 in 2025-26; £100,000 in the reform once planned); a figure above this is a mistyped one.
    /// </summary>
    public static Money LargestRate { get; } = Money.FromPounds(1_000_000m);

    /// <summary>The engine's rule for the band of capital that adds £1 a week of tariff income: more than nothing (it divides by it).</summary>
    public static bool TariffStepCanBe(Money amount) => amount > Money.Zero;

    /// <summary>The engine's rule for the capital limits: the lower is not above the upper.</summary>
    public static bool CapitalLimitsInOrder(Money lower, Money upper) => lower <= upper;

    /// <summary>
    /// Why a year whose rates are <paramref name="rates"/> cannot have <paramref name="amount"/> as its
    /// <paramref name="key"/> rate (the engine would refuse the year, or the figure is more than any rate can be); null
    /// when it can. A rate <paramref name="rates"/> lacks is not compared with. In words for the administrator typing
    /// the figure into the form's Amount.
    /// </summary>
    public static string? ProblemWith(RateKey key, Money amount, IReadOnlyDictionary<RateKey, Money> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return true switch
        {
            _ when amount < Money.Zero => "Amount must be £0 or more",
            _ when amount > LargestRate => $"Amount must be £{LargestRate.Pounds.ToString("N0", CultureInfo.InvariantCulture)} or less",
            _ when key == RateKey.TariffStep && !TariffStepCanBe(amount) =>
                "Amount must be more than £0.00: tariff income is £1 a week for each band of capital, so a band cannot be nothing",
            _ when key == RateKey.UpperCapitalLimit && rates.TryGetValue(RateKey.LowerCapitalLimit, out var lower) && !CapitalLimitsInOrder(lower, amount) =>
                $"Amount must be at least the lower capital limit for the year, {lower}",
            _ when key == RateKey.LowerCapitalLimit && rates.TryGetValue(RateKey.UpperCapitalLimit, out var upper) && !CapitalLimitsInOrder(amount, upper) =>
                $"Amount must be no more than the upper capital limit for the year, {upper}",
            _ => null,
        };
    }

    public FinancialYear Year { get; }

    public IReadOnlyDictionary<RateKey, Money> Amounts => _amounts;

    public Money this[RateKey key] => _amounts[key];

    public Money LowerCapitalLimit => _amounts[RateKey.LowerCapitalLimit];

    public Money UpperCapitalLimit => _amounts[RateKey.UpperCapitalLimit];

    public Money TariffStep => _amounts[RateKey.TariffStep];

    public Money TariffPerStep => _amounts[RateKey.TariffPerStep];

    /// <summary>The status recorded for a rate, or null if none was supplied.</summary>
    public RateStatus? StatusOf(RateKey key) => _statuses.TryGetValue(key, out var status) ? status : null;
}

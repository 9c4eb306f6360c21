using System.Collections.Frozen;
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

        if (amounts[RateKey.TariffStep] <= Money.Zero)
        {
            throw new DomainException($"TariffStep for {year} must be more than £0.00.");
        }

        if (amounts[RateKey.LowerCapitalLimit] > amounts[RateKey.UpperCapitalLimit])
        {
            throw new DomainException($"The lower capital limit for {year} is above the upper capital limit.");
        }

        Year = year;
        _amounts = amounts.ToFrozenDictionary();
        _statuses = (statuses ?? new Dictionary<RateKey, RateStatus>()).ToFrozenDictionary();
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

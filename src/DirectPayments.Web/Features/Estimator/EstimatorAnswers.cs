using System.Text.Json;
using System.Text.Json.Serialization;
using DirectPayments.Application.Estimator;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using Microsoft.AspNetCore.DataProtection;

namespace DirectPayments.Web.Features.Estimator;

public enum Household
{
    OnTheirOwn,
    Couple,
    LoneParent,
}

public sealed record IncomeAnswer(IncomeType Type, decimal Amount, Frequency Frequency);

/// <summary>One asset as the person gave it; <paramref name="SecuredDebt"/> is what is owed on a mortgage or loan secured on it.</summary>
public sealed record CapitalAnswer(CapitalType Type, decimal Amount, bool Joint, decimal SecuredDebt = 0m);

public sealed record DisabilityCostAnswer(DisabilityRelatedExpenditureType Type, decimal Amount, Frequency Frequency);

public sealed record HousingAnswer(HousingCostType Type, decimal Amount, Frequency Frequency);

/// <summary>What someone has told the estimator so far. Nothing is stored on the server (ADR 0006).</summary>
public sealed class EstimatorAnswers
{
    public const int MaximumItems = 15;

    public bool? WillDisclose { get; set; }

    public int? Age { get; set; }

    public bool? PensionAge { get; set; }

    public Household? Household { get; set; }

    /// <summary>For a member of a couple only; kept but not used if the household is changed to another.</summary>
    public bool? PartnerPensionAge { get; set; }

    public int? Children { get; set; }

    public List<string>? Premiums { get; set; }

    public List<IncomeAnswer> Incomes { get; set; } = [];

    /// <summary>
    /// Asked only where it can matter: the council disregards the night-care element and a day-and-night benefit is
    /// among the incomes. Unasked, night care counts as arranged.
    /// </summary>
    public bool? NightCareArranged { get; set; }

    public List<CapitalAnswer> Capital { get; set; } = [];

    /// <summary>A case manager's decision that the person deprived themselves of capital (Annex E); never asked of citizens.</summary>
    public bool? Deprived { get; set; }

    public decimal? NotionalCapital { get; set; }

    public string? NotionalCapitalReason { get; set; }

    public List<HousingAnswer> Housing { get; set; } = [];

    public bool? UseStandardDre { get; set; }

    public decimal? Dre { get; set; }

    /// <summary>Extra costs because of disability given item by item (then <see cref="Dre"/> is not used).</summary>
    public bool? DreItemised { get; set; }

    public List<DisabilityCostAnswer> DreItems { get; set; } = [];

    public decimal? WeeklyCost { get; set; }

    /// <summary>Every question answered, the weekly cost of care among them.</summary>
    public bool IsComplete => IsCompleteApartFromCost && WeeklyCost is not null;

    /// <summary>Every question about the person's money answered (a person's own assessment asks no cost).</summary>
    public bool IsCompleteApartFromCost => WillDisclose == false
        ? Age is not null
        : Age is not null && PensionAge is not null && Household is not null && (Household != Estimator.Household.Couple || PartnerPensionAge is not null)
          && Children is not null && Premiums is not null
          && UseStandardDre is not null;

    /// <summary>An income that can carry a night-care element: Attendance Allowance, DLA care or PIP daily living.</summary>
    public bool HasDayAndNightBenefit => Incomes.Exists(i => IncomeDisregards.NightCareElementRates(i.Type) is not null);

    /// <summary>The estimate request for <paramref name="year"/>: the answers, with the council's policy for the year.</summary>
    public EstimateRequest ToRequest(FinancialYear year) => new() { FinancialYear = year, Input = ToInput() };

    /// <summary>The answers as the charging engine (and a financial assessment sent to the council) reads them.</summary>
    public FinancialAssessmentInput ToInput() => new()
    {
        Age = Age ?? 18,
        PensionCreditAgeReached = PensionAge == true,
        Couple = Household == Estimator.Household.Couple,
        PartnerPensionCreditAgeReached = Household == Estimator.Household.Couple && PartnerPensionAge == true,
        LoneParent = Household == Estimator.Household.LoneParent,
        DependentChildren = Children ?? 0,
        DisabilityPremium = Premiums?.Contains("DisabilityPremium") == true,
        EnhancedDisabilityPremium = Premiums?.Contains("EnhancedDisabilityPremium") == true,
        CarerPremium = Premiums?.Contains("CarerPremium") == true,
        DeclinedToDisclose = WillDisclose == false,
        NightCareArranged = NightCareArranged != false || !HasDayAndNightBenefit,
        Incomes = [.. Incomes.Select(i => new IncomeItem(i.Type, Money.FromPounds(i.Amount), i.Frequency))],
        Capital = [.. Capital.Select(c => new CapitalItem(c.Type, Money.FromPounds(c.Amount), c.Joint ? 0.5m : 1.0m, Money.FromPounds(c.SecuredDebt)))],
        HousingCosts = [.. Housing.Select(h => new HousingCost(h.Type, Money.FromPounds(h.Amount), h.Frequency))],
        NotionalCapital = Deprived == true && NotionalCapital is { } notional ? Money.FromPounds(notional) : Money.Zero,
        NotionalCapitalReason = Deprived == true ? NotionalCapitalReason : null,
        DisabilityRelatedExpenditure = UseStandardDre == false && DreItemised != true && Dre is { } dre ? Money.FromPounds(dre) : null,
        DisabilityRelatedExpenditureItems = UseStandardDre == false && DreItemised == true
            ? [.. DreItems.Select(i => new DisabilityRelatedExpenditureItem(i.Type, Money.FromPounds(i.Amount), i.Frequency))]
            : [],
        WeeklyCostOfCare = Money.FromPounds(WeeklyCost ?? 0m),
    };
}

/// <summary>
/// Keeps the answers in an encrypted, HttpOnly, same-site cookie that ends with the browser session,
/// so that an anonymous person's money is never stored on the council's server.
/// </summary>
public sealed class EstimatorAnswersStore(IDataProtectionProvider protection)
{
    public const string CookieName = "DirectPayments.Estimate";

    /// <summary>The public estimator's pages, where its answers are kept.</summary>
    public const string EstimatorPath = "/estimate";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    // Each journey's path is part of the purpose, so answers kept for one person's case cannot be replayed on another's.
    private IDataProtector Protector(string path) => protection.CreateProtector("DirectPayments.Estimator.Answers.v1", path);

    /// <summary>The answers as text, for a journey that keeps them on the server (a person's own draft assessment).</summary>
    public static string ToJson(EstimatorAnswers answers) => JsonSerializer.Serialize(answers, Json);

    /// <summary>Answers kept as text; none (start again) for text that no longer reads as answers.</summary>
    public static EstimatorAnswers FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return new EstimatorAnswers();
        }

        try
        {
            return JsonSerializer.Deserialize<EstimatorAnswers>(json, Json) ?? new EstimatorAnswers();
        }
        catch (JsonException)
        {
            return new EstimatorAnswers();
        }
    }

    /// <summary>The answers kept for the journey at <paramref name="path"/> (each journey has its own cookie there).</summary>
    public EstimatorAnswers Load(HttpContext context, string path = EstimatorPath)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(path);
        if (context.Request.Cookies.TryGetValue(CookieName, out var value))
        {
            try
            {
                return JsonSerializer.Deserialize<EstimatorAnswers>(Protector(path).Unprotect(value), Json) ?? new EstimatorAnswers();
            }
            catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
            {
                // An old or tampered cookie: start again rather than fail.
            }
        }

        return new EstimatorAnswers();
    }

    public void Save(HttpContext context, EstimatorAnswers answers, string path = EstimatorPath)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(CookieName, Protector(path).Protect(JsonSerializer.Serialize(answers, Json)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            IsEssential = true,
            Path = path,
        });
    }

    public static void Clear(HttpContext context, string path = EstimatorPath) =>
        context?.Response.Cookies.Delete(CookieName, new CookieOptions { Path = path });
}

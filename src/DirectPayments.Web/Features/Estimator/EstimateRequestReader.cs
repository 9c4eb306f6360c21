using System.Globalization;
using System.Text.Json;
using DirectPayments.Application.Estimator;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;

namespace DirectPayments.Web.Features.Estimator;

/// <summary>
/// Reads the JSON contract of POST /api/v1/contribution-estimates field by field, so that every bad field gets its
/// own message under its own name (e.g. "incomes[0].amount") instead of one opaque deserialisation failure.
/// </summary>
public sealed class EstimateRequestReader
{
    public const int MaximumItems = 50;
    public const int MinimumAge = 18;
    public const int MaximumAge = 120;
    public const int MaximumDependentChildren = 20;

    /// <summary>A sane ceiling for any weekly, monthly or annual amount of income or cost.</summary>
    public static readonly decimal MaximumAmount = 1_000_000m;

    /// <summary>A sane ceiling for capital.</summary>
    public static readonly decimal MaximumCapital = 1_000_000_000m;

    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string[]> Errors =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public EstimateRequest? Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            AddError("body", "The request body must be a JSON object");
            return null;
        }

        var year = ReadFinancialYear(root);
        var date = ReadDate(root, "assessmentDate");
        if (date is { } day && !FinancialYear.CanContain(day))
        {
            // The financial year such a date would be in cannot exist: say so here rather than let the engine refuse it.
            AddError("assessmentDate", $"assessmentDate must be between {FinancialYear.FirstDay:yyyy-MM-dd} and {FinancialYear.LastDay:yyyy-MM-dd}");
            date = null;
        }

        if (year is null && date is null && !_errors.ContainsKey("financialYear") && !_errors.ContainsKey("assessmentDate"))
        {
            AddError("financialYear", "Enter financialYear (for example \"2025-26\") or assessmentDate (for example \"2025-06-01\")");
        }
        else if (year is not null && date is not null && !year.Value.Contains(date.Value))
        {
            AddError("assessmentDate", $"assessmentDate {date:yyyy-MM-dd} is not in financial year {year}");
        }

        var age = ReadInt(root, "age", MinimumAge, MaximumAge, required: true);
        var children = ReadInt(root, "dependentChildren", 0, MaximumDependentChildren, required: false) ?? 0;
        var incomes = ReadArray(root, "incomes", ReadIncome);
        var capital = ReadArray(root, "capital", ReadCapital);
        var housing = ReadArray(root, "housingCosts", ReadHousingCost);
        var dre = ReadMoney(root, "disabilityRelatedExpenditure", "disabilityRelatedExpenditure", MaximumAmount, required: false);
        var dreItems = ReadArray(root, "disabilityRelatedExpenditureItems", ReadDreItem);
        if (dre is not null && dreItems.Count > 0)
        {
            AddError("disabilityRelatedExpenditureItems", "Give disabilityRelatedExpenditure or disabilityRelatedExpenditureItems, not both");
        }

        var notionalCapital = ReadMoney(root, "notionalCapital", "notionalCapital", MaximumCapital, required: false) ?? Money.Zero;
        var cost = ReadMoney(root, "weeklyCostOfCare", "weeklyCostOfCare", MaximumAmount, required: true);
        var policy = ReadPolicy(root);

        var flags = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var name in new[]
                 {
                     "pensionCreditAgeReached", "partnerPensionCreditAgeReached", "couple", "loneParent", "disabilityPremium",
                     "enhancedDisabilityPremium", "carerPremium", "declinedToDisclose",
                 })
        {
            flags[name] = ReadBool(root, name);
        }

        // Most people with a day-and-night rate have night care arranged: only "false" can lower the charge.
        var nightCareArranged = ReadBool(root, "nightCareArranged", absent: true);

        if (flags["couple"] && flags["loneParent"])
        {
            AddError("loneParent", "A person cannot be both a member of a couple and a lone parent");
        }

        if (flags["partnerPensionCreditAgeReached"] && !flags["couple"])
        {
            AddError("partnerPensionCreditAgeReached", "partnerPensionCreditAgeReached is only for a member of a couple: give couple true, or leave it out");
        }

        if (_errors.Count > 0)
        {
            return null;
        }

        return new EstimateRequest
        {
            FinancialYear = year,
            AssessmentDate = date,
            Policy = policy,
            Input = new FinancialAssessmentInput
            {
                Age = age!.Value,
                PensionCreditAgeReached = flags["pensionCreditAgeReached"],
                PartnerPensionCreditAgeReached = flags["partnerPensionCreditAgeReached"],
                Couple = flags["couple"],
                LoneParent = flags["loneParent"],
                DependentChildren = children,
                DisabilityPremium = flags["disabilityPremium"],
                EnhancedDisabilityPremium = flags["enhancedDisabilityPremium"],
                CarerPremium = flags["carerPremium"],
                DeclinedToDisclose = flags["declinedToDisclose"],
                NightCareArranged = nightCareArranged,
                Incomes = incomes,
                Capital = capital,
                HousingCosts = housing,
                DisabilityRelatedExpenditure = dre,
                DisabilityRelatedExpenditureItems = dreItems,
                NotionalCapital = notionalCapital,
                WeeklyCostOfCare = cost!.Value,
            },
        };
    }

    public void AddError(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    private IncomeItem? ReadIncome(JsonElement item, string path)
    {
        var type = ReadEnum<IncomeType>(item, "type", $"{path}.type", required: true);
        var amount = ReadMoney(item, "amount", $"{path}.amount", MaximumAmount, required: true);
        var frequency = ReadEnum<Frequency>(item, "frequency", $"{path}.frequency", required: true);
        var share = ReadShare(item, $"{path}.share");
        return type is null || amount is null || frequency is null
            ? null
            : new IncomeItem(type.Value, amount.Value, frequency.Value, share ?? 1.0m);
    }

    private DisabilityRelatedExpenditureItem? ReadDreItem(JsonElement item, string path)
    {
        var type = ReadEnum<DisabilityRelatedExpenditureType>(item, "type", $"{path}.type", required: true);
        var amount = ReadMoney(item, "amount", $"{path}.amount", MaximumAmount, required: true);
        var frequency = ReadEnum<Frequency>(item, "frequency", $"{path}.frequency", required: true);
        return type is null || amount is null || frequency is null ? null : new DisabilityRelatedExpenditureItem(type.Value, amount.Value, frequency.Value);
    }

    private CapitalItem? ReadCapital(JsonElement item, string path)
    {
        var type = ReadEnum<CapitalType>(item, "type", $"{path}.type", required: true);
        var amount = ReadMoney(item, "amount", $"{path}.amount", MaximumCapital, required: true);
        var share = ReadShare(item, $"{path}.share");
        var securedDebt = ReadMoney(item, "securedDebt", $"{path}.securedDebt", MaximumCapital, required: false);
        return type is null || amount is null ? null : new CapitalItem(type.Value, amount.Value, share ?? 1.0m, securedDebt ?? Money.Zero);
    }

    private HousingCost? ReadHousingCost(JsonElement item, string path)
    {
        var type = ReadEnum<HousingCostType>(item, "type", $"{path}.type", required: true);
        var amount = ReadMoney(item, "amount", $"{path}.amount", MaximumAmount, required: true);
        var frequency = ReadEnum<Frequency>(item, "frequency", $"{path}.frequency", required: true);
        var share = ReadShare(item, $"{path}.share");
        return type is null || amount is null || frequency is null
            ? null
            : new HousingCost(type.Value, amount.Value, frequency.Value, share);
    }

    private PolicyOverride? ReadPolicy(JsonElement root)
    {
        if (!root.TryGetProperty("policy", out var policy) || policy.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (policy.ValueKind != JsonValueKind.Object)
        {
            AddError("policy", "policy must be a JSON object");
            return null;
        }

        decimal? percent = null;
        if (policy.TryGetProperty("chargePercent", out var p) && p.ValueKind != JsonValueKind.Null)
        {
            if (p.ValueKind != JsonValueKind.Number || !p.TryGetDecimal(out var value))
            {
                AddError("policy.chargePercent", "policy.chargePercent must be a number");
            }
            else if (value is < 0m or > 100m)
            {
                AddError("policy.chargePercent", "policy.chargePercent must be between 0 and 100");
            }
            else
            {
                percent = value;
            }
        }

        return new PolicyOverride(
            percent,
            ReadMoney(policy, "minimumWeeklyCharge", "policy.minimumWeeklyCharge", MaximumAmount, required: false),
            ReadEnum<RoundingRule>(policy, "rounding", "policy.rounding", required: false),
            ReadEnum<UpperLimitRule>(policy, "upperLimitRule", "policy.upperLimitRule", required: false),
            ReadOptionalBool(policy, "disregardNightCareElement", "policy.disregardNightCareElement"),
            ReadMoney(policy, "lowerCapitalLimit", "policy.lowerCapitalLimit", MaximumCapital, required: false),
            ReadMoney(policy, "upperCapitalLimit", "policy.upperCapitalLimit", MaximumCapital, required: false));
    }

    private List<T> ReadArray<T>(JsonElement root, string name, Func<JsonElement, string, T?> readItem)
        where T : class
    {
        var items = new List<T>();
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return items;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            AddError(name, $"{name} must be a JSON array");
            return items;
        }

        if (array.GetArrayLength() > MaximumItems)
        {
            AddError(name, $"{name} must have {MaximumItems} items or fewer");
            return items;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"{name}[{index++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                AddError(path, $"{path} must be a JSON object");
                continue;
            }

            if (readItem(element, path) is { } item)
            {
                items.Add(item);
            }
        }

        return items;
    }

    private FinancialYear? ReadFinancialYear(JsonElement root)
    {
        if (!root.TryGetProperty("financialYear", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && FinancialYear.TryParse(value.GetString(), out var year))
        {
            return year;
        }

        AddError("financialYear", "financialYear must be a financial year like \"2025-26\"");
        return null;
    }

    private DateOnly? ReadDate(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        AddError(name, $"{name} must be a real date written like \"2025-06-01\"");
        return null;
    }

    private int? ReadInt(JsonElement root, string name, int minimum, int maximum, bool required)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                AddError(name, $"Enter {name}");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            AddError(name, $"{name} must be a whole number");
            return null;
        }

        if (number < minimum || number > maximum)
        {
            AddError(name, $"{name} must be between {minimum} and {maximum}");
            return null;
        }

        return number;
    }

    private bool ReadBool(JsonElement root, string name, bool absent = false) => ReadOptionalBool(root, name, name) ?? absent;

    private bool? ReadOptionalBool(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        AddError(path, $"{path} must be true or false");
        return null;
    }

    private Money? ReadMoney(JsonElement parent, string name, string path, decimal maximum, bool required)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                AddError(path, $"Enter {path}");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var pounds))
        {
            AddError(path, $"{path} must be a number of pounds, like 110.40");
            return null;
        }

        if (pounds < 0m)
        {
            AddError(path, $"{path} must be 0 or more");
            return null;
        }

        if (decimal.Round(pounds, 2) != pounds)
        {
            AddError(path, $"{path} must not have more than 2 decimal places");
            return null;
        }

        if (pounds > maximum)
        {
            AddError(path, $"{path} must be {maximum.ToString("N0", CultureInfo.InvariantCulture)} or less");
            return null;
        }

        return Money.FromPounds(pounds);
    }

    private decimal? ReadShare(JsonElement item, string path)
    {
        if (!item.TryGetProperty("share", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var share))
        {
            AddError(path, $"{path} must be a number between 0 and 1");
            return null;
        }

        if (share is < 0m or > 1m)
        {
            AddError(path, $"{path} must be between 0 and 1");
            return null;
        }

        return share;
    }

    private TEnum? ReadEnum<TEnum>(JsonElement parent, string name, string path, bool required)
        where TEnum : struct, Enum
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                AddError(path, $"Enter {path}");
            }

            return null;
        }

        // Names only: a number would slip through Enum.TryParse as an undefined member.
        if (value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } text
            && !char.IsAsciiDigit(text[0]) && text[0] != '-' && !text.Contains(',', StringComparison.Ordinal)
            && Enum.TryParse<TEnum>(text, ignoreCase: true, out var parsed)
            && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        AddError(path, $"{path} must be one of: {string.Join(", ", Enum.GetNames<TEnum>())}");
        return null;
    }
}

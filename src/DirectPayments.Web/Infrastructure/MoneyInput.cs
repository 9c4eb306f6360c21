using System.Globalization;
using DirectPayments.Domain.Common;
using FluentValidation;

namespace DirectPayments.Web.Infrastructure;

/// <summary>
/// Reads an amount of money as a person types it in a form: "£1,234.50", "1234.5" or " 60 ". Never via double.
/// </summary>
public static class MoneyInput
{
    public enum Problem
    {
        None,
        Empty,
        NotANumber,
        Negative,
        TooManyDecimalPlaces,
    }

    public static Problem TryParse(string? text, out decimal pounds)
    {
        pounds = 0m;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Problem.Empty;
        }

        var spaced = text.Trim().Replace("£", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);

        // Commas only as thousands separators: "12,50" is refused rather than read as £1,250.
        if (spaced.Contains(',', StringComparison.Ordinal)
            && !System.Text.RegularExpressions.Regex.IsMatch(spaced, @"^-?\d{1,3}(,\d{3})+(\.\d*)?$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return Problem.NotANumber;
        }

        var cleaned = spaced.Replace(",", string.Empty, StringComparison.Ordinal);
        if (cleaned.StartsWith('-'))
        {
            return decimal.TryParse(cleaned[1..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _)
                ? Problem.Negative
                : Problem.NotANumber;
        }

        if (!decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out pounds))
        {
            return Problem.NotANumber;
        }

        return decimal.Round(pounds, 2) == pounds ? Problem.None : Problem.TooManyDecimalPlaces;
    }

    public static decimal? Parse(string? text) => TryParse(text, out var pounds) == Problem.None ? pounds : null;

    /// <summary>A FluentValidation rule for a money field, with GOV.UK messages naming the field.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> ValidMoney<T>(
        this IRuleBuilder<T, string?> rule, string name, decimal maximum = 1_000_000_000m) =>
        rule.Custom((text, context) =>
        {
            var problem = TryParse(text, out var pounds);
            var subject = Capitalise(name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name);
            var message = problem switch
            {
                Problem.Empty => $"Enter {name}",
                Problem.NotANumber => $"{subject} must be a number, like 112.50",
                Problem.Negative => $"{subject} must be £0 or more",
                Problem.TooManyDecimalPlaces => $"{subject} must not have more than 2 decimal places",
                _ when pounds > maximum => $"{subject} must be £{maximum.ToString("N0", CultureInfo.InvariantCulture)} or less",
                _ => null,
            };
            if (message is not null)
            {
                context.AddFailure(message);
            }
        });

    /// <summary>
    /// A FluentValidation rule for a <see cref="Money"/> field bound by the money binder, which has already refused what
    /// is not an amount: here, that there is one ("Enter the hourly rate") and that it is no more than it can mean.
    /// </summary>
    public static IRuleBuilderOptionsConditions<T, Money?> ValidMoney<T>(
        this IRuleBuilder<T, Money?> rule, string name, decimal maximum = 1_000_000_000m) =>
        rule.Custom((money, context) =>
        {
            var subject = Capitalise(name.StartsWith("the ", StringComparison.Ordinal) ? name[4..] : name);
            if (money is null)
            {
                context.AddFailure($"Enter {name}");
            }
            else if (money.Value.Pounds > maximum)
            {
                context.AddFailure($"{subject} must be £{maximum.ToString("N0", CultureInfo.InvariantCulture)} or less");
            }
        });

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}

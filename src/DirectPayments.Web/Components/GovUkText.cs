using System.Globalization;
using System.Text;

namespace DirectPayments.Web.Components;

/// <summary>
/// Small text helpers for GOV.UK style messages built from a field's name, such as
/// "Enter start date" and "Start date must include a month".
/// </summary>
public static class GovUkText
{
    /// <summary>
    /// A property name as words: "StartDate" → "Start date". A name that already has spaces
    /// (a [Display(Name)]) is returned as it is.
    /// </summary>
    public static string Humanise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Contains(' ', StringComparison.Ordinal) || name.Length == 0)
        {
            return name;
        }

        var words = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (startsWord)
            {
                words.Append(' ');
            }

            words.Append(c);
        }

        // Lower case every word after the first, except acronyms ("NHS number").
        var parts = words.ToString().Split(' ');
        for (var i = 1; i < parts.Length; i++)
        {
            parts[i] = LowerFirst(parts[i]);
        }

        return string.Join(' ', parts);
    }

    /// <summary>The text with its first letter in upper case, for the start of a sentence.</summary>
    public static string UpperFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
    }

    /// <summary>
    /// The text with its first letter in lower case, for the middle of a sentence ("Enter start date"),
    /// unless it starts with an acronym ("Enter NHS number").
    /// </summary>
    public static string LowerFirst(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0 || (text.Length > 1 && char.IsUpper(text[1])))
        {
            return text;
        }

        return char.ToLower(text[0], CultureInfo.InvariantCulture) + text[1..];
    }
}

using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Common;

namespace DirectPayments.Application.Common;

/// <summary>One field of an audited change, as a person reads it: what it was and what it became (none when there was nothing).</summary>
public sealed record AuditedField(string Field, string? Was, string? Now);

/// <summary>
/// An audit entry as a person reads it (issue 20): the entries keep what the code stored (the names of fields and
/// values as the code writes them, dates in the invariant culture, structured values as JSON); this reads them back in
/// words, with values by their names (<see cref="DisplayNames"/>), dates as the UK writes them on the council's clock,
/// and without the internal identifiers that mean nothing to a person. Account numbers are masked when written.
/// </summary>
public static class AuditWords
{
    private static readonly CultureInfo Uk = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The domain's records by the name an entry gives them, to find each field's type.</summary>
    private static readonly FrozenDictionary<string, Type> Records = typeof(Money).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsNested: false } && !t.Name.Contains('<', StringComparison.Ordinal))
        .GroupBy(t => t.Name, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>
    /// Every shown value by its code name, for values inside stored JSON (whose type the entry does not say): the first
    /// enum to use a name gives its words, since a name shared between kinds means much the same in each.
    /// </summary>
    private static readonly FrozenDictionary<string, string> ValuesByName = typeof(Money).Assembly.GetTypes()
        .Where(t => t.IsEnum && !DisplayNames.NeverShown.Contains(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .SelectMany(t => Enum.GetValues(t).Cast<Enum>())
        .Where(DisplayNames.Has)
        .GroupBy(v => v.ToString(), StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => DisplayNames.Of(g.First()), StringComparer.Ordinal);

    /// <summary>What the entry records, in words: what a person did, or "Support plan line added".</summary>
    public static string What(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Description is { } described)
        {
            return UpperFirst(described);
        }

        var record = UpperFirst(Words(entry.EntityType));
        return entry.Action switch
        {
            "Created" => $"{record} added",
            "Deleted" => $"{record} removed",
            _ => $"{record} changed",
        };
    }

    /// <summary>
    /// The fields the entry changed, in words, leaving out identifiers and what was empty and stayed so; structured
    /// values field by field. A value that is an account's id is given as the name in <paramref name="names"/>.
    /// </summary>
    public static IReadOnlyList<AuditedField> Fields(AuditEntry entry, CouncilClock clock, IReadOnlyDictionary<string, string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(clock);
        if (entry.Description is not null || string.IsNullOrWhiteSpace(entry.Changes))
        {
            return [];
        }

        var reading = new Reading(clock, names ?? new Dictionary<string, string>());

        Records.TryGetValue(entry.EntityType, out var record);
        var fields = new List<AuditedField>();
        using var changes = JsonDocument.Parse(entry.Changes);
        foreach (var field in changes.RootElement.EnumerateObject())
        {
            var type = record?.GetProperty(field.Name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)?.PropertyType;
            var was = Text(field.Value, "old");
            var now = Text(field.Value, "new");
            if (IsIdentifier(field.Name, type, was, now) || (string.IsNullOrEmpty(was) && string.IsNullOrEmpty(now)))
            {
                continue;
            }

            if (IsJson(was) || IsJson(now))
            {
                fields.AddRange(Structured(Words(field.Name), was, now, reading));
                continue;
            }

            fields.Add(new AuditedField(UpperFirst(Words(field.Name)), reading.Value(type, was), reading.Value(type, now)));
        }

        return fields;
    }

    /// <summary>A stored value as a person reads it: a value by its name, a date or a moment as the UK writes it.</summary>
    public static string? Value(Type? type, string? stored, CouncilClock clock) => new Reading(clock, new Dictionary<string, string>()).Value(type, stored);

    /// <summary>"FinancialAssessment" → "financial assessment", "StageSince" → "stage since".</summary>
    public static string Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = new System.Text.StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            // A capital starts a word, except within a run of capitals ("HMRC", "MIG") or after a digit.
            var startsWord = i > 0 && char.IsUpper(c) && !(char.IsUpper(name[i - 1]) && (i + 1 == name.Length || !char.IsLower(name[i + 1])));
            if (startsWord)
            {
                words.Append(' ');
            }

            // Kept a capital only inside an abbreviation: not the capital that begins the next word ("MIGUplift").
            var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
            var inRun = char.IsUpper(c) && !nextIsLower && ((i > 0 && char.IsUpper(name[i - 1])) || (i + 1 < name.Length && char.IsUpper(name[i + 1])));
            words.Append(inRun ? c : char.ToLowerInvariant(c));
        }

        return words.ToString();
    }

    /// <summary>The text with a capital first letter, as recorded words begin a line.</summary>
    public static string UpperFirst(string text) => string.IsNullOrEmpty(text) ? string.Empty : char.ToUpperInvariant(text[0]) + text[1..];

    private static string? Text(JsonElement change, string which) =>
        change.TryGetProperty(which, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // Internal identifiers (a record's own id, the ids of the records it belongs to) mean nothing to a person; what they
    // point at is shown by its own entries.
    private static bool IsIdentifier(string name, Type? type, string? was, string? now) =>
        type == typeof(Guid) || type == typeof(Guid?)
        || ((name == "Id" || name.EndsWith("Id", StringComparison.Ordinal)) && (was is null || Guid.TryParse(was, out _)) && (now is null || Guid.TryParse(now, out _)));

    private static bool IsJson(string? value) => value is { Length: > 1 } && value[0] is '{' or '[';

    /// <summary>A structured value (stored as JSON) field by field, in its own order: only what changed, or everything when it was added or removed.</summary>
    private static IEnumerable<AuditedField> Structured(string field, string? was, string? now, Reading reading)
    {
        var before = Flatten(was);
        var after = Flatten(now);
        foreach (var path in after.Keys.Concat(before.Keys.Where(k => !after.ContainsKey(k))))
        {
            before.TryGetValue(path, out var old);
            after.TryGetValue(path, out var @new);
            if (old == @new || (old is null && @new is null))
            {
                continue;
            }

            // Amounts inside structured values are kept in whole pence ("weekly cost of care pence"): shown as money.
            var (name, inPence) = path.EndsWith(" pence", StringComparison.Ordinal) ? (path[..^" pence".Length], true) : (path, false);
            yield return new AuditedField(
                UpperFirst(name.Length == 0 ? field : $"{field}: {name}"),
                inPence ? Pounds(old) : reading.Value(null, old),
                inPence ? Pounds(@new) : reading.Value(null, @new));
        }
    }

    private static string? Pounds(string? pence) =>
        long.TryParse(pence, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? Money.FromPence(whole).ToString() : pence;

    private static Dictionary<string, string?> Flatten(string? json)
    {
        var leaves = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!IsJson(json))
        {
            return leaves;
        }

        try
        {
            using var document = JsonDocument.Parse(json!);
            Flatten(document.RootElement, string.Empty, leaves);
        }
        catch (JsonException)
        {
            leaves[string.Empty] = json;
        }

        return leaves;
    }

    private static void Flatten(JsonElement element, string path, Dictionary<string, string?> leaves)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (!IsIdentifier(property.Name, null, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null, null))
                    {
                        Flatten(property.Value, Join(path, Words(property.Name)), leaves);
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Flatten(item, Join(path, (++index).ToString(CultureInfo.InvariantCulture)), leaves);
                }

                break;
            case JsonValueKind.Null:
                leaves[path] = null;
                break;
            case JsonValueKind.String:
                leaves[path] = element.GetString();
                break;
            default:
                leaves[path] = element.GetRawText();
                break;
        }
    }

    private static string Join(string path, string part) => path.Length == 0 ? part : $"{path}, {part}";

    /// <summary>Reads values for one page: the council's clock, and the names of the accounts its values may hold.</summary>
    private sealed class Reading(CouncilClock clock, IReadOnlyDictionary<string, string> names)
    {
        public string? Value(Type? type, string? stored)
        {
            if (string.IsNullOrEmpty(stored))
            {
                return stored;
            }

            if (names.TryGetValue(stored, out var person))
            {
                return person;
            }

            var plain = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
            if (plain is { IsEnum: true } && DisplayNames.OfName(plain, stored) is { } named)
            {
                return named;
            }

            // A list of values kept as one column ("ManagingNutrition,PersonalHygiene").
            if (plain is not null && ElementOf(plain) is { IsEnum: true } element)
            {
                var parts = stored.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var words = parts.Select(p => DisplayNames.OfName(element, p)).ToList();
                if (words.TrueForAll(w => w is not null))
                {
                    return string.Join("; ", words);
                }
            }

            if (plain == typeof(bool) || (plain is null && stored is "True" or "False" or "true" or "false"))
            {
                return bool.TryParse(stored, out var yes) ? (yes ? "Yes" : "No") : stored;
            }

            if (DateTimeOffset.TryParseExact(stored, ["MM/dd/yyyy HH:mm:ss zzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFzzz", "yyyy-MM-ddTHH:mm:ss.FFFFFFFZ"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            {
                return clock.Local(moment).ToString("d MMMM yyyy, HH:mm", Uk);
            }

            if (DateOnly.TryParseExact(stored, ["MM/dd/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date.ToString("d MMMM yyyy", Uk);
            }

            // An account that is no longer on the portal: its id means nothing to a person.
            if (Guid.TryParse(stored, out _))
            {
                return "An account no longer on the portal";
            }

            if (plain is null || plain == typeof(string))
            {
                // Values kept as text (a list of kinds joined by commas, a policy's choice): by their names where every
                // part is one. Text of one word is left alone, as a person's own words may be a word a kind is called.
                var parts = stored.Split(',', StringSplitOptions.TrimEntries);
                if ((parts.Length > 1 || plain is null || parts[0].Skip(1).Any(char.IsUpper)) && parts.All(ValuesByName.ContainsKey))
                {
                    return string.Join("; ", parts.Select(p => ValuesByName[p]));
                }
            }

            return stored;
        }

        private static Type? ElementOf(Type type) =>
            type.IsArray ? type.GetElementType()
            : type.IsGenericType && type.GetGenericArguments() is [var only] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) ? only
            : null;
    }
}

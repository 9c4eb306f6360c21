using System.Collections.Frozen;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace DirectPayments.Infrastructure.Identity;

/// <summary>
/// Refuses passwords that guessers try first (NCSC and NIST SP 800-63B: check new passwords against a list of common
/// and breached ones, and against words from the service itself). A password is refused when it is on the list, or is a
/// listed password or a word of the service's with only numbers and symbols around it ("Password1234", "Liverpool2024",
/// "P@ssw0rd!!"), or contains the person's own e-mail name. The list is the ~49,000 most common passwords from
/// zxcvbn-ts (CommonPasswords.txt, refreshed by scripts/update-common-passwords.sh).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<ApplicationUser>
{
    public const string Code = "CommonPassword";

    public const string Message = "Choose a password that is harder to guess. Do not use a common password, a common word with numbers added, or your email address";

    // Words of this service that a guesser would try with numbers added.
    private static readonly string[] ServiceWords = ["directpayments", "directpayment", "payments", "payment", "anytown", "council", "socialcare", "carer", "care"];

    private static readonly Lazy<FrozenSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(string.IsNullOrEmpty(password) || !IsGuessable(password, user.Email)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = Code, Description = Message }));
    }

    /// <summary>Whether a guesser would soon try <paramref name="password"/> for the account with <paramref name="email"/>.</summary>
    public static bool IsGuessable(string password, string? email)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.ToLowerInvariant();
        var core = lower.Trim(NumbersAndSymbols);
        if (Common.Value.Contains(lower) || core.Length == 0 || Common.Value.Contains(core) || Common.Value.Contains(Plain(core)))
        {
            return true;
        }

        // Made only of the service's own words ("Anytown-Council-2026").
        var rest = Plain(new string([.. core.Where(char.IsLetterOrDigit)]));
        foreach (var word in ServiceWords)
        {
            rest = rest.Replace(word, string.Empty, StringComparison.Ordinal);
        }

        if (rest.Trim(NumbersAndSymbols).Length == 0)
        {
            return true;
        }

        var name = email?.Split('@')[0].ToLowerInvariant();
        return name is { Length: >= 4 } && (lower.Contains(name, StringComparison.Ordinal) || Plain(lower).Contains(name, StringComparison.Ordinal));
    }

    private static readonly char[] NumbersAndSymbols = [.. "0123456789!\"£$%^&*()-_=+[]{};:'@#~,<.>/?\\|`¬ "];

    /// <summary>The word behind common letter-for-number swaps ("p@ssw0rd" is "password").</summary>
    private static string Plain(string word)
    {
        var plain = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            plain.Append(c switch
            {
                '0' => 'o',
                '1' or '!' => 'i',
                '3' => 'e',
                '4' or '@' => 'a',
                '5' or '$' => 's',
                '7' => 't',
                _ => c,
            });
        }

        return plain.ToString();
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("DirectPayments.Identity.CommonPasswords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}

namespace DirectPayments.Web.Words;

/// <summary>
/// Who the financial questions speak to: about "them" (the public estimator, someone answering for another person, a
/// case manager entering answers) or to "you" (a person answering their own financial assessment). English gives
/// "they" and "you" the same verbs, so only the pronouns change.
/// </summary>
public sealed record QuestionVoice(string They, string Their, string Them, string Themselves, string TheirSaidByTheAnswerer)
{
    public static QuestionVoice AboutThem { get; } = new("they", "their", "them", "themselves", "their");

    public static QuestionVoice ToYou { get; } = new("you", "your", "you", "yourself", "my");

    public string TheyCapital => Capital(They);

    public string TheirCapital => Capital(Their);

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}

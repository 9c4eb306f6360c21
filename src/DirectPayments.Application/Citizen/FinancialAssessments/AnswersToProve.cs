using DirectPayments.Application.Common;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Evidence;

namespace DirectPayments.Application.Citizen.FinancialAssessments;

/// <summary>One answer of a financial assessment that a document can show, and the documents sent for it.</summary>
public sealed record AnswerToProve(string Answer, IReadOnlyList<EvidenceFile> Documents);

/// <summary>
/// The answers in a financial assessment that a case manager checks against a document: each income, saving or other
/// capital, housing cost and extra cost of disability, in words ("Income: Employment and Support Allowance, £140.55
/// every week"). A document the person sends says which one it shows by these words, so they read the same to the
/// person, to their case manager and in the audit, and a later version's answers are matched the same way.
/// </summary>
public static class AnswersToProve
{
    /// <summary>The longest an answer can be in words, for the document that names it.</summary>
    public const int MaximumLength = EvidenceFile.MaximumProvesLength;

    public static IReadOnlyList<string> Of(FinancialAssessmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.DeclinedToDisclose)
        {
            return [];
        }

        List<string> answers =
        [
            .. input.Incomes.Select(i => $"Income: {DisplayNames.Of(i.Type)}, {i.Amount} {Often(i.Frequency)}"),
            .. input.Capital.Select(c => $"Savings and capital: {DisplayNames.Of(c.Type)}, {c.Amount}{(c.Share < 1m ? ", jointly owned" : "")}"),
            .. input.HousingCosts.Select(h => $"Housing cost: {DisplayNames.Of(h.Type)}, {h.Amount} {Often(h.Frequency)}"),
            .. input.DisabilityRelatedExpenditureItems.Select(d => $"Extra cost of disability: {DisplayNames.Of(d.Type)}, {d.Amount} {Often(d.Frequency)}"),
        ];
        if (input.DisabilityRelatedExpenditure is { } extra)
        {
            answers.Add($"Extra costs of disability: {extra} a week");
        }

        // Two answers alike (two accounts of the same amount) need one document between them.
        return [.. answers.Distinct(StringComparer.Ordinal).Select(a => a.Length <= MaximumLength ? a : a[..MaximumLength])];
    }

    /// <summary>Each answer with the documents that say they show it, in the order the answers were given.</summary>
    public static IReadOnlyList<AnswerToProve> WithDocuments(FinancialAssessmentInput input, IEnumerable<EvidenceFile> documents)
    {
        var sent = documents.Where(d => d.Proves is not null).ToLookup(d => d.Proves!, StringComparer.Ordinal);
        return [.. Of(input).Select(a => new AnswerToProve(a, [.. sent[a].OrderBy(d => d.UploadedAt)]))];
    }

    /// <summary>How often an amount is paid, as it follows the amount: "every week", "every 4 weeks".</summary>
    public static string Often(Frequency frequency) => frequency switch
    {
        Frequency.Weekly => "every week",
        Frequency.FourWeekly => "every 4 weeks",
        Frequency.Monthly => "every month",
        Frequency.Annual => "every year",
        _ => DisplayNames.Of(frequency),
    };
}

using DirectPayments.Domain.Evidence;

namespace DirectPayments.Web.Words;

public static class DocumentWords
{
    public static string Purpose(EvidencePurpose purpose) => purpose switch
    {
        EvidencePurpose.FinancialAssessment => "For the financial assessment",
        EvidencePurpose.Receipt => "A receipt",
        EvidencePurpose.Statement => "A statement",
        _ => "Something else",
    };

    public static string Size(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} KB" : $"{bytes / (1024.0 * 1024.0):0.0} MB";
}

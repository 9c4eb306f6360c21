using DirectPayments.Application.Common;
using DirectPayments.Domain.Evidence;

namespace DirectPayments.Web.Words;

public static class DocumentWords
{
    public static string Purpose(EvidencePurpose purpose) => DisplayNames.Of(purpose);

    public static string Size(long bytes) => bytes < 1024 * 1024 ? $"{Math.Max(1, bytes / 1024)} KB" : $"{bytes / (1024.0 * 1024.0):0.0} MB";
}

using System.Text.Json;
using System.Text.Json.Serialization;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Applications;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Citizen.Applications;

/// <summary>The signed-in person's unfinished application, as the pages of "Ask for an assessment" read it.</summary>
public sealed class ApplicationDrafts(IPortalDb db, ICurrentUser user, IAccountNames names)
{
    /// <summary>The answers so far; none yet, an empty set of answers.</summary>
    public async Task<ApplyAnswers> LoadAsync(CancellationToken cancellationToken = default)
    {
        var userId = user.UserId;
        var draft = await db.Set<ApplicationDraft>().AsNoTracking().SingleOrDefaultAsync(d => d.UserId == userId, cancellationToken);
        return DraftAnswers.Read(draft);
    }

    /// <summary>The name the person gave for their account, to start "About you" with.</summary>
    public Task<string?> YourNameAsync(CancellationToken cancellationToken = default) => names.NameOfAsync(user.UserId, cancellationToken);
}

/// <summary>How the answers are kept in a draft: JSON, with the names of the choices rather than their numbers.</summary>
internal static class DraftAnswers
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static ApplyAnswers Read(ApplicationDraft? draft) =>
        draft is null ? new ApplyAnswers() : JsonSerializer.Deserialize<ApplyAnswers>(draft.Answers, Json) ?? new ApplyAnswers();

    public static string Write(ApplyAnswers answers) => JsonSerializer.Serialize(answers, Json);

    /// <summary>The person's draft, tracked, for a command to change or remove.</summary>
    public static Task<ApplicationDraft?> DraftAsync(this CommandWork work, CancellationToken cancellationToken)
    {
        var userId = work.User.UserId;
        return work.Db.Set<ApplicationDraft>().SingleOrDefaultAsync(d => d.UserId == userId, cancellationToken);
    }
}

namespace DirectPayments.Web.Infrastructure;

/// <summary>What happened to a save: done, nothing to save it to, or refused because someone else saved first.</summary>
public enum SaveOutcome
{
    Saved,
    NotFound,
    ChangedBySomeoneElse,
}

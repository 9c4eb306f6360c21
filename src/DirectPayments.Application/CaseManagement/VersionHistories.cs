using DirectPayments.Application.Common;

namespace DirectPayments.Application.CaseManagement;

public static class VersionHistories
{
    /// <summary>
    /// Adds the versions a domain history made (a new budget, a new assessment) to the database; the ones it was loaded
    /// with are tracked already.
    /// </summary>
    public static void AddNew<TEntity>(this CommandWork work, IEnumerable<TEntity> versions)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(versions);
        var tracked = work.Db.Set<TEntity>().Local;
        foreach (var version in versions.Where(v => !tracked.Contains(v)).ToList())
        {
            work.Add(version);
        }
    }
}

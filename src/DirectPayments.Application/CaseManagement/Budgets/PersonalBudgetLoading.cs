using DirectPayments.Application.Common;
using DirectPayments.Domain.Budgets;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.Budgets;

public static class PersonalBudgetLoading
{
    /// <summary>Every version of the case's personal budget, tracked, for a command to add to.</summary>
    public static async Task<PersonalBudgetHistory> BudgetHistoryAsync(this CaseWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var caseId = work.Case.Id;
        var versions = await work.Db.Set<PersonalBudget>().Where(b => b.CaseId == caseId).ToListAsync(cancellationToken);
        return new PersonalBudgetHistory(caseId, versions);
    }

    /// <summary>Adds the versions a history made to the database (the ones it loaded are tracked already).</summary>
    public static void AddNew(this CaseWork work, PersonalBudgetHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        work.AddNew(history.Versions);
    }
}

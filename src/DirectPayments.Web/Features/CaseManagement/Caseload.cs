using System.Security.Claims;
using DirectPayments.Application.CaseManagement.Cases;
using DirectPayments.Domain.Cases;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>
/// The signed-in case manager's caseload, for the estimator's "enter an assessment for someone on your caseload". Kept
/// only until the estimator asks the application's <see cref="Caseloads"/> itself (issue 13); then delete it.
/// </summary>
public interface ICaseload
{
    /// <summary>The caseload of the person signed in; <paramref name="user"/> is that person.</summary>
    Task<CaseloadPage> ListAsync(ClaimsPrincipal user, CaseStage? stage, CancellationToken cancellationToken = default);
}

/// <summary>The caseload query under the name the estimator still uses: the same person, the same cases.</summary>
public sealed class Caseload(Caseloads caseloads) : ICaseload
{
    public Task<CaseloadPage> ListAsync(ClaimsPrincipal user, CaseStage? stage, CancellationToken cancellationToken = default) =>
        caseloads.ListAsync(stage, cancellationToken: cancellationToken);
}

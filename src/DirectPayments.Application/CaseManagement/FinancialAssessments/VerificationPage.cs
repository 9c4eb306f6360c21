using DirectPayments.Application.Citizen.FinancialAssessments;
using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Evidence;
using DirectPayments.Domain.FinancialAssessments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.CaseManagement.FinancialAssessments;

/// <summary>
/// A financial assessment as the case manager checks it: what the person told the council, and the engine's result with
/// its working at the rates for the day it takes effect, or why there is none (the year's rates are not complete), and
/// each answer a document can show with the documents the person sent for it.
/// </summary>
public sealed record VerificationPage(CareCase Case, FinancialAssessment Assessment, FinancialAssessmentResult? Result, string? Problem)
{
    public IReadOnlyList<AnswerToProve> Proof { get; init; } = [];
}

public sealed class VerificationPages(IPortalDb db, CaseReader cases, IChargingRatesProvider rates)
{
    public async Task<VerificationPage?> FindAsync(Guid caseId, int number, DateOnly effectiveFrom, CancellationToken cancellationToken = default)
    {
        if (await cases.FindAsync(caseId, CaseOperation.Manage, cancellationToken) is not { } careCase
            || await db.Set<FinancialAssessment>().AsNoTracking().SingleOrDefaultAsync(a => a.CaseId == caseId && a.Number == number, cancellationToken) is not { } assessment)
        {
            return null;
        }

        var engine = await rates.ForDayAsync(effectiveFrom, cancellationToken);
        var documents = await db.Set<EvidenceFile>().AsNoTracking().Where(f => f.CaseId == caseId && f.Proves != null).ToListAsync(cancellationToken);
        return new VerificationPage(careCase, assessment, engine.TryAssess(assessment.Input), engine.Complete ? null : engine.Missing)
        {
            Proof = AnswersToProve.WithDocuments(assessment.Input, documents),
        };
    }
}

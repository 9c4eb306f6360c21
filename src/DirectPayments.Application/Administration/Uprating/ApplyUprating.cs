using DirectPayments.Application.Common;
using DirectPayments.Application.Common.Ports;
using DirectPayments.Application.Jobs;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Payments;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Administration.Uprating;

/// <summary>
/// Each April benefits and the MIG go up, so every person's contribution is worked out again with the new rates from
/// the same circumstances: a new verified assessment from 1 April, the old one superseded, and a letter to each person
/// with the working, all in one transaction. Running it again changes nothing. Returns how many people were uprated.
/// </summary>
public sealed class ApplyUprating(CommandRunner runner, IChargingRatesProvider rates)
{
    public Task<CommandResult<int>> RunAsync(FinancialYear year, CancellationToken cancellationToken, Guid? jobId = null, IJobProgress? progress = null) =>
        runner.RunAsync($"uprated contributions to the {year} rates", async (work, c) =>
        {
            progress ??= NoJobProgress.Instance;
            await progress.ReportAsync(0, null, "Working out everyone's contribution with the new rates", c);
            var plan = await UpratingPlan.WorkOutAsync(work.Db, rates, year, forChange: true, c);
            if (plan.Problem is { } problem)
            {
                CommandWork.Refuse(problem);
            }

            // Each person's direct payment pays the new contribution from the first day of the year too.
            var caseIds = plan.People.Where(p => !p.Row.AlreadyApplied).Select(p => p.Current!.CaseId).ToList();
            var children = plan.Children.Where(c => !c.Row.AlreadyApplied).ToList();
            var directPayments = (await work.Db.Set<DirectPaymentAgreement>().Where(d => EF.Parameter(caseIds).Contains(d.CaseId)).ToListAsync(c))
                .GroupBy(d => d.CaseId).ToDictionary(g => g.Key, g => g.MaxBy(d => d.StartDate)!);
            var lettersTo = caseIds.Concat(children.Select(h => h.Agreement.CaseId)).ToList();
            // Each letter goes on paper or online as its case says (who can sign in, how the person likes to be contacted).
            var cases = await work.Db.Set<CareCase>().AsNoTracking().Include(x => x.Members)
                .Where(x => EF.Parameter(lettersTo).Contains(x.Id)).ToDictionaryAsync(x => x.Id, c);
            var applied = 0;
            var toApply = plan.People.Count(p => !p.Row.AlreadyApplied) + children.Count;
            foreach (var person in plan.People.Where(p => !p.Row.AlreadyApplied))
            {
                if (applied % 100 == 0)
                {
                    await progress.ReportAsync(applied, toApply, $"Uprating {toApply:N0} {(toApply == 1 ? "person" : "people")}", c);
                }

                var current = person.Current!;
                var result = person.Result!;
                var next = FinancialAssessment.Record(
                    current.CaseId, person.NextNumber, FinancialAssessmentKind.Uprating, person.Input, work.User.UserId,
                    $"Uprated to the {year} rates from {current.FinancialYearStart switch { { } y => new FinancialYear(y).ToString(), _ => "earlier" }} rates");
                next.ApplyResult(result, year.Start);
                next.Verify(work.User.UserId, work.Today);
                current.Supersede();
                work.Add(next);
                work.Send(cases[current.CaseId], Letters.Letters.ContributionUprated(year, person.Row.OldContribution, person.Row.NewContribution, person.Row.NewNetPayment, result.Working));
                if (directPayments.GetValueOrDefault(current.CaseId) is { } directPayment && (directPayment.EndDate is null || directPayment.EndDate >= year.Start))
                {
                    directPayment.ChangeTerms(
                        DirectPaymentChangeKind.Uprated, directPayment.TermsOn(year.Start) with { WeeklyContribution = result.WeeklyContribution },
                        year.Start, $"The contribution was worked out again with the {year} rates: {result.WeeklyContribution} a week.", work.Who, work.Today);
                }

                applied++;
            }

            foreach (var child in children)
            {
                // A disabled child's family pays the council's children's charge for the year, not a means-tested contribution.
                var agreement = child.Agreement;
                var before = agreement.TermsOn(year.Start);
                var change = agreement.ChangeTerms(
                    DirectPaymentChangeKind.Uprated, before with { WeeklyContribution = child.Charge.WeeklyContribution }, year.Start,
                    $"The council's charge for a disabled child's services for {year}: {child.Charge.Reason}", work.Who, work.Today);
                if (change is not null)
                {
                    work.Send(cases[agreement.CaseId], Letters.Letters.DirectPaymentChanging(agreement, change, before, work.Today));
                }

                applied++;
            }

            work.Describe($"{applied} {(applied == 1 ? "person" : "people")} uprated");
            await JobCompletion.SucceedAsync(work, jobId, applied == 0
                ? $"Everyone was already uprated to the {year} rates: nothing changed."
                : $"{applied:N0} {(applied == 1 ? "person was" : "people were")} uprated to the {year} rates from {year.Start:d MMMM yyyy}. Each has a notice with the working.", null, null, c);
            return applied;
        }, cancellationToken);
}

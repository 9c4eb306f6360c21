using DirectPayments.Application.Common;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Rates;
using Microsoft.EntityFrameworkCore;

namespace DirectPayments.Application.Administration.ChargingYears;

/// <summary>A national rate for a year as the administrator records it, at the version of the rate they read.</summary>
public sealed record RateChange(FinancialYear Year, RateKey Key, Money Amount, RateStatus Status, string Source, long VersionSeen);

/// <summary>
/// The council's policy for a year as the administrator records it, at the version of the year they read. The capital
/// disregards are not on the form and are kept as they are.
/// </summary>
public sealed record ChargingPolicyChange(
    FinancialYear Year, CouncilPolicy Policy, Money CaseManagerApprovalLimit, Money? LargeSpendAbove, Money? ReceiptRequiredAbove, long VersionSeen);

/// <summary>An administrator records a national rate for a year (from the DHSC circular, or worked out, or assumed).</summary>
public sealed class ChangeRate(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(RateChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return runner.RunAsync($"changed the {change.Key} rate for {change.Year} to {change.Amount} ({change.Status})", async (work, c) =>
        {
            var year = await work.ChargingYearAsync(change.Year, c);
            var rate = year.RateFor(change.Key);
            if (rate is null)
            {
                CommandWork.NotFound();
            }

            // The version the person read decides: a save from an older version is refused.
            work.ExpectVersion(rate, change.VersionSeen);

            // What the charging engine would refuse (or no rate can be) is never saved, whatever the form let through.
            if (year.ProblemWithRate(change.Key, change.Amount) is { } problem)
            {
                CommandWork.Refuse(problem);
            }

            year.SetRate(change.Key, change.Amount, change.Status, change.Source);
        }, cancellationToken);
    }
}

/// <summary>An administrator records the council's charging policy for a year, its approval limit and its spending checks.</summary>
public sealed class ChangeChargingPolicy(CommandRunner runner)
{
    public Task<CommandResult> RunAsync(ChargingPolicyChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return runner.RunAsync($"changed the charging policy for {change.Year}", async (work, c) =>
        {
            var year = await work.ChargingYearAsync(change.Year, c);
            work.ExpectVersion(year, change.VersionSeen);
            year.SetPolicy(change.Policy with { DisregardedCapitalTypes = year.Policy.DisregardedCapitalTypes });
            year.SetApprovalLimit(change.CaseManagerApprovalLimit);
            year.SetSpendChecks(change.LargeSpendAbove, change.ReceiptRequiredAbove);
        }, cancellationToken);
    }
}

/// <summary>
/// An administrator adds the year after the latest (or before the earliest) as a copy of the year next to it, every
/// rate unconfirmed, so that years never have gaps or overlaps. Returns the year added.
/// </summary>
public sealed class AddChargingYear(CommandRunner runner)
{
    public const string NothingToCopyMessage = "There are no years to copy from.";

    public Task<CommandResult<FinancialYear>> RunAsync(bool next, CancellationToken cancellationToken) =>
        runner.RunAsync($"added the {(next ? "next" : "previous")} charging year", async (work, c) =>
        {
            var years = await work.Db.Set<ChargingYear>().Include(y => y.Rates).OrderBy(y => y.StartYear).ToListAsync(c);
            if (years.Count == 0)
            {
                CommandWork.Refuse(NothingToCopyMessage);
            }

            var from = next ? years[^1] : years[0];
            var year = next ? from.Year.Next : from.Year.Previous;

            // Two administrators adding the same year at once: the unique index lets only one in.
            work.WhenChangedMeanwhile($"The rates for {year} have already been added.");
            work.Add(from.CopyTo(year));
            work.Describe($"{year}, a copy of {from.Year}");
            return year;
        }, cancellationToken);
}

internal static class ChargingYearLoading
{
    public const string ChangedByOthersMessage =
        "Someone else changed these figures while you were editing. Check their changes and make yours again.";

    /// <summary>The year with its rates, tracked, for a command to change; none: nothing to change.</summary>
    public static async Task<ChargingYear> ChargingYearAsync(this CommandWork work, FinancialYear year, CancellationToken cancellationToken)
    {
        work.WhenChangedMeanwhile(ChangedByOthersMessage);
        var stored = await work.Db.Set<ChargingYear>().Include(y => y.Rates).SingleOrDefaultAsync(y => y.StartYear == year.StartYear, cancellationToken);
        if (stored is null)
        {
            CommandWork.NotFound();
        }

        return stored;
    }
}

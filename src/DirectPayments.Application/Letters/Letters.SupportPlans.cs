using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;

namespace DirectPayments.Application.Letters;

public static partial class Letters
{
    public static Letter PlanProposed(Money weeklyTotal) => new(
        NoticeKind.PlanProposed,
        "Your support plan is ready to agree",
        $"Your case manager has proposed a support plan costing {weeklyTotal} a week. Read it and agree it, or tell us what should change.");

    // revisesThePayment: the direct payment is already paid, so the revised plan changes it (a letter of its own says
    // how) rather than it being set up.
    public static Letter PlanAgreed(Money weeklyTotal, bool revisesThePayment) => new(
        NoticeKind.PlanAgreed,
        revisesThePayment ? "Your revised support plan is agreed" : "Your support plan is agreed",
        $"You and the council have agreed your support plan, and your personal budget of {weeklyTotal} a week. " + NextStep(revisesThePayment));

    /// <summary>The person agreed after the council: both have now agreed.</summary>
    public static Letter PlanAgreedByBoth(Money weeklyTotal, bool revisesThePayment) => new(
        NoticeKind.PlanAgreed,
        revisesThePayment ? "Your revised support plan is agreed" : "Your support plan is agreed",
        $"You and the council have agreed your support plan: {weeklyTotal} a week. " + NextStep(revisesThePayment));

    private static string NextStep(bool revisesThePayment) =>
        revisesThePayment ? "Your direct payment changes with it: our next letter says how, and from when." : "We will now set up your direct payment.";

    /// <summary>The person agreed first: the council still has to.</summary>
    public static Letter PlanAgreedByThePerson() => new(
        NoticeKind.General,
        "You agreed your support plan",
        "Thank you. Your case manager will now agree the plan for the council.");
}

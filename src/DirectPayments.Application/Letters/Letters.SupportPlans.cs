using DirectPayments.Domain.Common;
using DirectPayments.Domain.Notices;

namespace DirectPayments.Application.Letters;

public static partial class Letters
{
    public static Letter PlanProposed(Money weeklyTotal) => new(
        NoticeKind.PlanProposed,
        "Your support plan is ready to agree",
        $"Your case manager has proposed a support plan costing {weeklyTotal} a week. Read it and agree it, or tell us what should change.");

    public static Letter PlanAgreed(Money weeklyTotal) => new(
        NoticeKind.PlanAgreed,
        "Your support plan is agreed",
        $"You and the council have agreed your support plan, and your personal budget of {weeklyTotal} a week. We will now set up your direct payment.");

    /// <summary>The person agreed after the council: both have now agreed.</summary>
    public static Letter PlanAgreedByBoth(Money weeklyTotal) => new(
        NoticeKind.PlanAgreed,
        "Your support plan is agreed",
        $"You and the council have agreed your support plan: {weeklyTotal} a week. We will now set up your direct payment.");

    /// <summary>The person agreed first: the council still has to.</summary>
    public static Letter PlanAgreedByThePerson() => new(
        NoticeKind.General,
        "You agreed your support plan",
        "Thank you. Your case manager will now agree the plan for the council.");
}

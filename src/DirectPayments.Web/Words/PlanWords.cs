using DirectPayments.Application.Common;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Web.Components;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Words;

/// <summary>A support plan's words: its kinds of support and its statuses, as the case manager and the person read them.</summary>
public static class PlanWords
{
    public static IEnumerable<SelectListItem> Categories() => Enum.GetValues<SupportCategory>().Select(c => new GovUkChoiceItem(c.ToString(), Category(c)));

    public static IEnumerable<SelectListItem> Needs(RequestType type) =>
        RequestTypeRules.OutcomesFor(type).Select(o => new GovUkChoiceItem(o.ToString(), OutcomeWords.Describe(o)));

    public static string Category(SupportCategory category) => DisplayNames.Of(category);

    /// <summary>A proposed plan's status says who has agreed it so far, so neither side reads "waiting for the person" after the person agreed.</summary>
    public static string Status(SupportPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Status != SupportPlanStatus.Proposed ? Status(plan.Status)
            : plan.AgreedByPersonOn is not null ? "Agreed by the person, waiting for the council"
            : plan.AgreedByCouncilOn is not null ? "Agreed by the council, waiting for the person"
            : Status(plan.Status);
    }

    public static string Status(SupportPlanStatus status) => DisplayNames.Of(status);
}

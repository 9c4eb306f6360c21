using Microsoft.AspNetCore.Mvc;

namespace DirectPayments.Web.Features.CaseManagement;

/// <summary>Where the case manager goes back to once a form on a case is done.</summary>
internal static class CaseRedirects
{
    /// <summary>The case page, by its route.</summary>
    public static RedirectToActionResult BackToCase(this Controller controller, Guid id) =>
        controller.RedirectToAction(nameof(CaseManagementHomeController.Case), "CaseManagementHome", new { id });
}

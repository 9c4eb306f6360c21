using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.Administration.Allocation;
using DirectPayments.Web.Components;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DirectPayments.Web.Features.Administration;

public sealed class AllocateViewModel
{
    [Display(Name = "Case manager")]
    public string? CaseManagerId { get; set; }

    /// <summary>The version of the case the administrator saw, so that two people cannot both allocate it.</summary>
    public long Version { get; set; }

    /// <summary>The case and the case managers the form is on the page with (never bound from the post).</summary>
    [BindNever]
    public AllocationPage? Page { get; set; }

    public IEnumerable<SelectListItem> ManagerChoices() =>
        (Page?.Managers ?? []).Select(m => (SelectListItem)new GovUkChoiceItem(m.Id, m.Name, $"{m.OpenCases} open {(m.OpenCases == 1 ? "case" : "cases")}"));
}

public sealed class AllocateValidator : AbstractValidator<AllocateViewModel>
{
    public AllocateValidator() => RuleFor(m => m.CaseManagerId).NotEmpty().WithMessage("Select a case manager");
}

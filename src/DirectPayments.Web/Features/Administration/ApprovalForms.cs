using System.ComponentModel.DataAnnotations;
using DirectPayments.Application.Administration.Approvals;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DirectPayments.Web.Features.Administration;

public sealed class ApprovalDecisionViewModel
{
    public const string Approve = "approve";
    public const string SendBack = "send-back";

    [Display(Name = "Decision")]
    public string? Decision { get; set; }

    [Display(Name = "Why you are sending it back")]
    public string? Reason { get; set; }

    /// <summary>The version of the budget or payment the manager read, so that a decision someone else made first is not made again.</summary>
    public long Version { get; set; }

    /// <summary>What is being decided, with its case and plan (never bound from the post).</summary>
    [BindNever]
    public ApprovalPage? Page { get; set; }
}

public sealed class ApprovalDecisionValidator : AbstractValidator<ApprovalDecisionViewModel>
{
    public ApprovalDecisionValidator()
    {
        RuleFor(m => m.Decision).Must(d => d is ApprovalDecisionViewModel.Approve or ApprovalDecisionViewModel.SendBack).WithMessage("Select approve or send back");
        When(m => m.Decision == ApprovalDecisionViewModel.SendBack, () =>
            RuleFor(m => m.Reason)
                .NotEmpty().WithMessage("Enter why you are sending it back")
                .MaximumLength(2000).WithMessage("Reason must be 2,000 characters or fewer"));
    }
}

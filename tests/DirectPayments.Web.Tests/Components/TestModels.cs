using System.ComponentModel.DataAnnotations;

namespace DirectPayments.Web.Tests.Components;

public sealed class PaymentForm
{
    [Display(Name = "Full name")]
    [Required(ErrorMessage = "Enter your full name")]
    public string? FullName { get; set; }

    [Display(Name = "Weekly amount")]
    public decimal? WeeklyAmount { get; set; }

    [Display(Name = "Start date")]
    [Required(ErrorMessage = "Enter the start date")]
    public DateOnly? StartDate { get; set; }

    public DateOnly ReviewDate { get; set; }

    [Required(ErrorMessage = "Select who manages the payment")]
    public string? ManagedBy { get; set; }

    public List<string> SupportNeeds { get; set; } = [];

    public bool? HasCarer { get; set; }

    public string? Details { get; set; }

    public int Hours { get; set; }
}

public sealed class ApplicationForm
{
    public PaymentForm Payment { get; set; } = new();
}

using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Data.Configurations;

internal sealed class DirectPaymentAgreementConfiguration : IEntityTypeConfiguration<DirectPaymentAgreement>
{
    public void Configure(EntityTypeBuilder<DirectPaymentAgreement> builder)
    {
        builder.ToTable("DirectPayments");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<CareCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SupportPlan>().WithMany().HasForeignKey(d => d.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.Status, d.StartDate }).HasDatabaseName("IX_DirectPayments_Status_Start");
        builder.HasIndex(d => d.CaseId).HasDatabaseName("IX_DirectPayments_Case");
        builder.Property(d => d.RecipientName).HasMaxLength(200).IsRequired();
        builder.Property(d => d.AccountIdentifier).HasMaxLength(34).IsRequired();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.WeeklyPayment);
        builder.Ignore(d => d.FourWeeklyPayment);
        builder.Ignore(d => d.MaskedAccount);
    }
}

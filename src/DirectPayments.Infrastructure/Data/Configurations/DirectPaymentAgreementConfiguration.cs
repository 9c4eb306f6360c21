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
        // Stored encrypted, at the width its ciphertext needs: see DirectPaymentsDbContext.OnModelCreating.
        builder.Property(d => d.AccountIdentifier).IsRequired();
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.Ignore(d => d.MaskedAccount);
        builder.Ignore(d => d.Account);
        builder.Ignore(d => d.Timeline);

        // A direct payment is always read with its history: what it pays on any day is worked out from it.
        builder.HasMany(d => d.Changes).WithOne().HasForeignKey(c => c.DirectPaymentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Changes).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class EarlierAccountConfiguration : IEntityTypeConfiguration<EarlierAccount>
{
    public void Configure(EntityTypeBuilder<EarlierAccount> builder)
    {
        builder.ToTable("EarlierAccounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<DirectPaymentAgreement>().WithMany().HasForeignKey(a => a.DirectPaymentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.DirectPaymentId).HasDatabaseName("IX_EarlierAccounts_DirectPayment");
        // Stored encrypted, at the width its ciphertext needs, as the direct payment's own account.
        builder.Property(a => a.AccountIdentifier).IsRequired();
    }
}

internal sealed class DirectPaymentChangeConfiguration : IEntityTypeConfiguration<DirectPaymentChange>
{
    public void Configure(EntityTypeBuilder<DirectPaymentChange> builder)
    {
        builder.ToTable("DirectPaymentChanges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();

        // Numbered in the order recorded, once each: two people recording a change at once cannot both be number 3.
        builder.HasIndex(c => new { c.DirectPaymentId, c.Number }).IsUnique().HasDatabaseName("UX_DirectPaymentChanges_Number");
        builder.Property(c => c.Reason).HasMaxLength(DirectPaymentChange.MaxReasonLength).IsRequired();
        builder.Property(c => c.RecordedBy).HasMaxLength(256).IsRequired();
        builder.Ignore(c => c.Terms);
        builder.Ignore(c => c.Status);
    }
}

using DirectPayments.Domain.Budgets;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Data.Configurations;

internal sealed class PersonalBudgetConfiguration : IEntityTypeConfiguration<PersonalBudget>
{
    public void Configure(EntityTypeBuilder<PersonalBudget> builder)
    {
        builder.ToTable("PersonalBudgets");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasOne<CareCase>().WithMany().HasForeignKey(b => b.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SupportPlan>().WithMany().HasForeignKey(b => b.PlanId).OnDelete(DeleteBehavior.Restrict);

        // Two people setting a budget at once cannot both create version n.
        builder.HasIndex(b => new { b.CaseId, b.Number }).IsUnique().HasDatabaseName("UX_PersonalBudgets_Case_Number");
        builder.HasIndex(b => b.Status).HasDatabaseName("IX_PersonalBudgets_Status");
        builder.Property(b => b.Basis).HasMaxLength(1000).IsRequired();
        builder.Property(b => b.SetBy).HasMaxLength(256).IsRequired();
        builder.Property(b => b.DecidedBy).HasMaxLength(256);
        builder.Property(b => b.SentBackReason).HasMaxLength(2000);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.YearlyAmount);
        builder.Ignore(b => b.InForce);
    }
}

internal sealed class OneOffDirectPaymentConfiguration : IEntityTypeConfiguration<OneOffDirectPayment>
{
    public void Configure(EntityTypeBuilder<OneOffDirectPayment> builder)
    {
        builder.ToTable("OneOffDirectPayments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<CareCase>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.CaseId).HasDatabaseName("IX_OneOffDirectPayments_Case");
        builder.HasIndex(p => new { p.Status, p.DueOn }).HasDatabaseName("IX_OneOffDirectPayments_Status_Due");
        builder.Property(p => p.Description).HasMaxLength(500).IsRequired();
        builder.Property(p => p.Outcome).HasMaxLength(1000).IsRequired();
        builder.Property(p => p.RequestedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.DecidedBy).HasMaxLength(256);
        builder.Property(p => p.SentBackReason).HasMaxLength(2000);
        builder.Property(p => p.Working).HasStringListConversion().HasColumnName("WorkingJson");
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.PayeeName).HasMaxLength(200);
        // Stored encrypted, at the width its ciphertext needs: see DirectPaymentsDbContext.OnModelCreating.
        builder.Property(p => p.PayeeAccountDigits);
        builder.Ignore(p => p.Payee);
    }
}

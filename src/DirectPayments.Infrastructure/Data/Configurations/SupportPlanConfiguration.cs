using DirectPayments.Domain.Cases;
using DirectPayments.Domain.SupportPlans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Data.Configurations;

internal sealed class SupportPlanConfiguration : IEntityTypeConfiguration<SupportPlan>
{
    public void Configure(EntityTypeBuilder<SupportPlan> builder)
    {
        builder.ToTable("SupportPlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<CareCase>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CaseId, p.Number }).IsUnique().HasDatabaseName("UX_SupportPlans_Case_Number");
        builder.Property(p => p.ChangesRequested).HasMaxLength(4000);
        builder.Property(p => p.AgreedByPerson).HasMaxLength(256);
        builder.Property(p => p.AgreedByCouncil).HasMaxLength(256);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.WeeklyTotal);
        builder.Ignore(p => p.WeeklyDirectPayment);
        builder.Ignore(p => p.WeeklyCouncilManaged);
        builder.Ignore(p => p.Delivery);
        builder.HasMany(p => p.Lines).WithOne().HasForeignKey(l => l.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SupportPlanLineConfiguration : IEntityTypeConfiguration<SupportPlanLine>
{
    public void Configure(EntityTypeBuilder<SupportPlanLine> builder)
    {
        builder.ToTable("SupportPlanLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Description).HasMaxLength(500).IsRequired();
        builder.Property(l => l.Outcome).HasMaxLength(1000).IsRequired();
        builder.Property(l => l.HoursPerWeek).HasPrecision(6, 2);
        builder.Property(l => l.ExceptionReason).HasMaxLength(2000);
        builder.Ignore(l => l.WeeklyCost);
        builder.Ignore(l => l.Details);
    }
}

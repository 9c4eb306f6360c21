using DirectPayments.Domain.Cases;
using DirectPayments.Domain.NeedsAssessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Data.Configurations;

internal sealed class NeedsAssessmentConfiguration : IEntityTypeConfiguration<NeedsAssessment>
{
    public void Configure(EntityTypeBuilder<NeedsAssessment> builder)
    {
        builder.ToTable("NeedsAssessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<CareCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.CaseId, a.AssessedOn }).HasDatabaseName("IX_NeedsAssessments_Case");
        builder.Property(a => a.UnachievedOutcomes).HasMaxLength(1000).IsRequired();
        builder.Property(a => a.Condition).HasMaxLength(2000).IsRequired();
        builder.Property(a => a.WellbeingImpact).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.Reasons).HasMaxLength(4000).IsRequired();
        builder.Property(a => a.AssessedBy).HasMaxLength(450).IsRequired();
        builder.Ignore(a => a.UnachievedOutcomeList);
        builder.Ignore(a => a.ForChild);
    }
}

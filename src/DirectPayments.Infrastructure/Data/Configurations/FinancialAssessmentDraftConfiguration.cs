using DirectPayments.Domain.Cases;
using DirectPayments.Domain.FinancialAssessments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Data.Configurations;

internal sealed class FinancialAssessmentDraftConfiguration : IEntityTypeConfiguration<FinancialAssessmentDraft>
{
    public void Configure(EntityTypeBuilder<FinancialAssessmentDraft> builder)
    {
        builder.ToTable("FinancialAssessmentDrafts");

        // One draft a case, as a key: two people acting for the person save over each other's answers, never beside them.
        builder.HasKey(d => d.CaseId);
        builder.Property(d => d.CaseId).ValueGeneratedNever();
        builder.HasOne<CareCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Answers).HasMaxLength(FinancialAssessmentDraft.MaximumLength).IsRequired();
        builder.Property(d => d.SavedBy).HasMaxLength(450).IsRequired();
    }
}

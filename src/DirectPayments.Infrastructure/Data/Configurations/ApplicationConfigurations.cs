using DirectPayments.Domain.Applications;
using DirectPayments.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Data.Configurations;

internal sealed class AssessmentRequestConfiguration : IEntityTypeConfiguration<AssessmentRequest>
{
    public void Configure(EntityTypeBuilder<AssessmentRequest> builder)
    {
        builder.ToTable("AssessmentRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<CareCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.CaseId).HasDatabaseName("IX_AssessmentRequests_Case");
        builder.Property(r => r.HelpNeeded).HasMaxLength(4000).IsRequired();
        builder.Property(r => r.Difficulties).HasMaxLength(1000).IsRequired();
        builder.Property(r => r.ContactPhone).HasMaxLength(40);
        builder.Ignore(r => r.DifficultyList);
    }
}

internal sealed class ApplicationDraftConfiguration : IEntityTypeConfiguration<ApplicationDraft>
{
    public void Configure(EntityTypeBuilder<ApplicationDraft> builder)
    {
        builder.ToTable("ApplicationDrafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.UserId).HasMaxLength(450).IsRequired();
        builder.HasIndex(d => d.UserId).IsUnique().HasDatabaseName("UX_ApplicationDrafts_User");
        builder.Property(d => d.Answers).HasMaxLength(16000).IsRequired();
    }
}

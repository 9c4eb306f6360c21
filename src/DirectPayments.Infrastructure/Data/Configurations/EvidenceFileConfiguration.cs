using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Data.Configurations;

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> builder)
    {
        builder.ToTable("EvidenceFiles");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<CareCase>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.CaseId, e.UploadedAt }).HasDatabaseName("IX_EvidenceFiles_Case");
        builder.Property(e => e.FileName).HasMaxLength(200).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.StoredName).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(500).IsRequired();
        builder.Property(e => e.Proves).HasMaxLength(EvidenceFile.MaximumProvesLength);
        builder.Property(e => e.UploadedBy).HasMaxLength(450).IsRequired();

        // No foreign key to the ledger: adding one to this existing table makes SQLite rebuild it outside a
        // transaction. The upload checks that the line is a payment on the person's own account instead.
        builder.HasIndex(e => e.TransactionId).HasDatabaseName("IX_EvidenceFiles_Transaction");
    }
}

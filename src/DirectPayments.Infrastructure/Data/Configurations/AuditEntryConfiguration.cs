using DirectPayments.Domain.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.UserId).HasMaxLength(450).IsRequired();
        builder.Property(e => e.UserName).HasMaxLength(256).IsRequired();
        builder.Property(e => e.EntityType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.EntityId).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(20).IsRequired();
        builder.Property(e => e.Changes).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(AuditEntry.MaxDescriptionLength);
        builder.HasIndex(e => new { e.CaseId, e.OccurredAt }).HasDatabaseName("IX_AuditEntries_CaseId_OccurredAt");
        builder.HasIndex(e => new { e.EntityType, e.EntityId }).HasDatabaseName("IX_AuditEntries_Entity");

        // One entry per place in the chain; the sealer finds what is not sealed yet by it (null) too.
        builder.Property(e => e.ChainHash).HasMaxLength(64);
        builder.HasIndex(e => e.ChainSequence).IsUnique().HasDatabaseName("IX_AuditEntries_ChainSequence");
    }
}

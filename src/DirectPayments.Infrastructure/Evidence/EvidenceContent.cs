using DirectPayments.Domain.Evidence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Evidence;

/// <summary>
/// The bytes of one <see cref="EvidenceFile"/>, in a table of their own so that listing documents never reads them.
/// Only <see cref="DatabaseEvidenceStore"/> uses it: the application knows documents, not where their bytes are.
/// </summary>
internal sealed class EvidenceContent
{
    private EvidenceContent()
    {
        Content = [];
    }

    public EvidenceContent(Guid evidenceFileId, byte[] content)
    {
        EvidenceFileId = evidenceFileId;
        Content = content;
    }

    public Guid EvidenceFileId { get; private set; }

    public byte[] Content { get; private set; }
}

internal sealed class EvidenceContentConfiguration : IEntityTypeConfiguration<EvidenceContent>
{
    public void Configure(EntityTypeBuilder<EvidenceContent> builder)
    {
        builder.ToTable("EvidenceContents");
        builder.HasKey(c => c.EvidenceFileId);
        builder.Property(c => c.EvidenceFileId).ValueGeneratedNever();

        // The record and its bytes go together: deleting the record deletes them.
        builder.HasOne<EvidenceFile>().WithOne().HasForeignKey<EvidenceContent>(c => c.EvidenceFileId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Content).IsRequired();
    }
}

using DirectPayments.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Data.Configurations;

internal sealed class NominationRequestConfiguration : IEntityTypeConfiguration<NominationRequest>
{
    public void Configure(EntityTypeBuilder<NominationRequest> builder)
    {
        builder.ToTable("NominationRequests");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasOne<CareCase>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.CaseId, n.Status }).HasDatabaseName("IX_NominationRequests_Case_Status");
        builder.Property(n => n.NomineeName).HasMaxLength(200).IsRequired();
        builder.Property(n => n.NomineeEmail).HasMaxLength(256).IsRequired();
        builder.Property(n => n.Relationship).HasMaxLength(200).IsRequired();
        builder.Property(n => n.RequestedBy).HasMaxLength(256).IsRequired();
        builder.Property(n => n.DecidedBy).HasMaxLength(256);
        builder.Property(n => n.DeclineReason).HasMaxLength(2000);
        builder.Property(n => n.Version).IsConcurrencyToken();
    }
}

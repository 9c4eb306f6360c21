using DirectPayments.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Data.Configurations;

internal sealed class RepresentativeInvitationConfiguration : IEntityTypeConfiguration<RepresentativeInvitation>
{
    public void Configure(EntityTypeBuilder<RepresentativeInvitation> builder)
    {
        builder.ToTable("RepresentativeInvitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasOne<CareCase>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.Email).HasMaxLength(256).IsRequired();
        builder.Property(i => i.NormalisedEmail).HasMaxLength(256).IsRequired();
        builder.Property(i => i.InvitedBy).HasMaxLength(256).IsRequired();
        builder.Property(i => i.DecidedBy).HasMaxLength(256);
        builder.Property(i => i.Version).IsConcurrencyToken();

        // One waiting invitation per case and address, held by the database so that two case managers at the same
        // moment cannot both send one; the invitee's page finds theirs by address.
        builder.HasIndex(i => new { i.CaseId, i.NormalisedEmail }, "UX_RepresentativeInvitations_OneWaiting").IsUnique().HasFilter("\"Status\" = 'Waiting'");
        builder.HasIndex(i => new { i.NormalisedEmail, i.Status }, "IX_RepresentativeInvitations_Email_Status");
    }
}

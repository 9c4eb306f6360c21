using DirectPayments.Domain.Jobs;
using DirectPayments.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Data.Configurations;

internal sealed class BackgroundJobConfiguration : IEntityTypeConfiguration<BackgroundJob>
{
    public void Configure(EntityTypeBuilder<BackgroundJob> builder)
    {
        builder.ToTable("BackgroundJobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Key).HasMaxLength(200).IsRequired();
        builder.Property(j => j.ActiveKey).HasMaxLength(200);
        builder.Property(j => j.Title).HasMaxLength(300).IsRequired();
        builder.Property(j => j.Input).HasMaxLength(4000);
        builder.Property(j => j.RequestedById).HasMaxLength(450).IsRequired();
        builder.Property(j => j.RequestedBy).HasMaxLength(256).IsRequired();
        builder.Property(j => j.Instance).HasMaxLength(200);
        builder.Property(j => j.Stage).HasMaxLength(300);
        builder.Property(j => j.Outcome).HasMaxLength(2000);

        // Only one job for the same run, file or year under way at a time, on every instance: the database's rule.
        builder.HasIndex(j => j.ActiveKey).IsUnique().HasDatabaseName("IX_BackgroundJobs_ActiveKey");
        builder.HasIndex(j => new { j.Kind, j.RequestedAt }).HasDatabaseName("IX_BackgroundJobs_Kind_RequestedAt");
    }
}

internal sealed class JobFileConfiguration : IEntityTypeConfiguration<JobFile>
{
    public void Configure(EntityTypeBuilder<JobFile> builder)
    {
        builder.ToTable("BackgroundJobFiles");
        builder.HasKey(f => f.JobId);
        builder.Property(f => f.FileName).HasMaxLength(260).IsRequired();
        builder.Property(f => f.Content).IsRequired();
        builder.HasOne<BackgroundJob>().WithOne().HasForeignKey<JobFile>(f => f.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Identity;

/// <summary>
/// One signed-in session, kept in the database: the browser's cookie carries only its key. Signing out deletes it, so a
/// copied cookie stops working; a password change deletes every session of the account but the one that changed it.
/// </summary>
public sealed class UserSession
{
    public UserSession(string key, string userId, DateTimeOffset startedAt, DateTimeOffset? expiresAt, byte[] ticket)
    {
        (Key, UserId, StartedAt, ExpiresAt, Ticket) = (key, userId, startedAt, expiresAt, ticket);
    }

    /// <summary>A random key, the only thing the cookie holds.</summary>
    public string Key { get; private set; }

    public string UserId { get; private set; }

    /// <summary>When the person signed in: a session ends a fixed time after this, however active.</summary>
    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>When it ends unless used again (the sliding expiry).</summary>
    public DateTimeOffset? ExpiresAt { get; private set; }

    /// <summary>The sign-in ticket (who, with which claims), protected by Data Protection.</summary>
    public byte[] Ticket { get; private set; }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("UserSessions");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.HasIndex(s => s.UserId).HasDatabaseName("IX_UserSessions_User");
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

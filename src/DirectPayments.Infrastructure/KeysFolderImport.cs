using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;
using DirectPayments.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DirectPayments.Infrastructure;

/// <summary>
/// Copies the Data Protection keys of a portal that kept them in a folder into the database, once, at start-up and
/// before anything reads the key ring: without them every sign-in would end and every account number encrypted
/// under them would be unreadable. Each key keeps its file name, so a second start copies nothing again. The files
/// are left where they are (a backup), and the log says they may now be deleted.
/// </summary>
public sealed class KeysFolderImport(
    DirectPaymentsDbContext db, IConfiguration configuration, IHostEnvironment environment, TimeProvider clock, ILogger<KeysFolderImport> logger)
{
    /// <summary>Copies the keys the database does not have yet; returns how many.</summary>
    public async Task<int> ImportAsync(CancellationToken cancellationToken = default)
    {
        var folder = PortalDataProtection.KeysFolder(configuration, environment);
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        // Data Protection's folder repository names each file after the key: key-{id}.xml.
        var files = Directory.GetFiles(folder, "key-*.xml");
        var known = (await db.DataProtectionKeys.Select(k => k.FriendlyName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (known.Contains(name))
            {
                continue;
            }

            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = name, Xml = await File.ReadAllTextAsync(file, cancellationToken) });
            added++;
        }

        if (added == 0)
        {
            return 0;
        }

        var description = added == 1
            ? "Moved 1 Data Protection key from the folder it was kept in into the database, so that every instance of the portal reads it"
            : $"Moved {added} Data Protection keys from the folder they were kept in into the database, so that every instance of the portal reads them";
        db.Add(AuditEntry.Described(clock.GetUtcNow(), SystemUser.Instance.UserId, SystemUser.Instance.UserName, null, description));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning(
            "Copied {Count} Data Protection keys from {Folder} into the database; the portal no longer reads that folder, which may be deleted once a backup of the database holds them",
            added, folder);
        return added;
    }
}

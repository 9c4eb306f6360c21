using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Charging;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Domain.Notices;
using DirectPayments.Infrastructure.Data.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Data.Configurations;

internal sealed class CareCaseConfiguration : IEntityTypeConfiguration<CareCase>
{
    public void Configure(EntityTypeBuilder<CareCase> builder)
    {
        builder.ToTable("Cases");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Reference).HasMaxLength(20).IsRequired();
        builder.HasIndex(c => c.Reference).IsUnique().HasDatabaseName("UX_Cases_Reference");
        builder.Property(c => c.SubjectName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.ApplicantRelationship).HasMaxLength(100);
        builder.Property(c => c.CaseManagerId).HasMaxLength(450);
        builder.HasIndex(c => new { c.CaseManagerId, c.Stage, c.StageSince }).HasDatabaseName("IX_Cases_Caseload");
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.EstateContactName).HasMaxLength(200);
        builder.Property(c => c.EstateContactEmail).HasMaxLength(254);
        builder.Property(c => c.AuthorityCheckedBy).HasMaxLength(256);
        builder.Property(c => c.AuthorityEvidence).HasMaxLength(CareCase.MaximumAuthorityEvidenceLength);
        builder.Property(c => c.FamilyMeansShownBy).HasMaxLength(CareCase.MaximumFamilyMeansShownByLength);
        builder.Ignore(c => c.ApplicantNeedsAuthority);
        builder.Ignore(c => c.AuthorityToCheck);
        builder.Ignore(c => c.Contact);
        builder.Property(c => c.AddressLine1).HasMaxLength(ContactDetails.LineLength);
        builder.Property(c => c.AddressLine2).HasMaxLength(ContactDetails.LineLength);
        builder.Property(c => c.Town).HasMaxLength(ContactDetails.LineLength);
        // Kept in Royal Mail's form ("SW1A 1AA"), so that a search finds it however it was typed.
        builder.Property(c => c.Postcode).HasMaxLength(8);
        builder.HasIndex(c => c.Postcode).HasDatabaseName("IX_Cases_Postcode");
        builder.Property(c => c.Phone).HasMaxLength(ContactDetails.PhoneLength);
        builder.Ignore(c => c.Correspondent);
        builder.Property(c => c.CorrespondentName).HasMaxLength(Correspondent.NameLength);
        builder.Property(c => c.CorrespondentRelationship).HasMaxLength(Correspondent.NameLength);
        builder.Property(c => c.CorrespondentAddressLine1).HasMaxLength(ContactDetails.LineLength);
        builder.Property(c => c.CorrespondentAddressLine2).HasMaxLength(ContactDetails.LineLength);
        builder.Property(c => c.CorrespondentTown).HasMaxLength(ContactDetails.LineLength);
        builder.Property(c => c.CorrespondentPostcode).HasMaxLength(8);
        builder.Ignore(c => c.CommunicationNeeds);
        builder.Property(c => c.InformationFormats).HasMaxLength(200).IsRequired().HasDefaultValue(string.Empty);
        builder.Property(c => c.SupportToCommunicate).HasMaxLength(300).IsRequired().HasDefaultValue(string.Empty);
        builder.Property(c => c.InterpreterLanguage).HasMaxLength(CommunicationNeeds.LanguageLength);
        builder.Property(c => c.OtherCommunicationNeeds).HasMaxLength(CommunicationNeeds.OtherLength);
        builder.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CaseMemberConfiguration : IEntityTypeConfiguration<CaseMember>
{
    public void Configure(EntityTypeBuilder<CaseMember> builder)
    {
        builder.ToTable("CaseMembers");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.UserId).HasMaxLength(450).IsRequired();
        builder.HasIndex(m => new { m.UserId, m.CaseId }).HasDatabaseName("IX_CaseMembers_User");
    }
}

internal sealed class FinancialAssessmentConfiguration : IEntityTypeConfiguration<FinancialAssessment>
{
    public void Configure(EntityTypeBuilder<FinancialAssessment> builder)
    {
        builder.ToTable("FinancialAssessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<CareCase>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.CaseId, a.Number }).IsUnique().HasDatabaseName("UX_FinancialAssessments_Case_Number");
        builder.HasIndex(a => new { a.Status, a.FinancialYearStart }).HasDatabaseName("IX_FinancialAssessments_Status_Year");
        builder.Property(a => a.Input)
            .HasConversion(
                input => FinancialAssessmentInputJson.Write(input),
                json => FinancialAssessmentInputJson.Read(json),
                new ValueComparer<FinancialAssessmentInput>(
                    (a, b) => FinancialAssessmentInputJson.Write(a!) == FinancialAssessmentInputJson.Write(b!),
                    v => FinancialAssessmentInputJson.Write(v).GetHashCode(StringComparison.Ordinal),
                    v => FinancialAssessmentInputJson.Read(FinancialAssessmentInputJson.Write(v))))
            .HasColumnName("InputJson")
            .IsRequired();
        builder.Property(a => a.Working).HasStringListConversion().HasColumnName("WorkingJson");
        builder.Property(a => a.Reason).HasMaxLength(2000);
        builder.Property(a => a.SubmittedBy).HasMaxLength(450).IsRequired();
        builder.Property(a => a.VerifiedBy).HasMaxLength(450);
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> builder)
    {
        builder.ToTable("Notices");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasOne<CareCase>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.CaseId, n.CreatedAt }).HasDatabaseName("IX_Notices_Case_Created");
        // A title names the person (a name of up to 200 characters) in a few words; a body quotes people's reasons (up
        // to 4,000 characters) in words around them, so it has no limit of its own.
        builder.Property(n => n.Title).HasMaxLength(400).IsRequired();
        builder.Property(n => n.Body).IsRequired();
        builder.Property(n => n.AddressedTo).HasMaxLength(200);
        builder.Property(n => n.SendTo).HasMaxLength(254);
        builder.Property(n => n.Working).HasStringListConversion().HasColumnName("WorkingJson");
        builder.Property(n => n.PostedBy).HasMaxLength(256);
        // The letters waiting to be posted are found from this index, however many letters were ever sent.
        builder.HasIndex(n => new { n.ToPost, n.PostedAt }).HasDatabaseName("IX_Notices_ToPost_Posted");
    }
}

internal static class StringListConversion
{
    public static PropertyBuilder<IReadOnlyList<string>> HasStringListConversion(this PropertyBuilder<IReadOnlyList<string>> property) =>
        property.HasConversion(
            lines => StringListJson.Write(lines),
            json => StringListJson.Read(json),
            new ValueComparer<IReadOnlyList<string>>(
                (a, b) => a!.SequenceEqual(b!),
                v => v.Aggregate(0, (hash, line) => HashCode.Combine(hash, line.GetHashCode(StringComparison.Ordinal))),
                v => v.ToList()))
            .IsRequired();
}

using DirectPayments.Domain.Accounts;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Payments;
using DirectPayments.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Data.Configurations;

internal sealed class AccountTransactionConfiguration : IEntityTypeConfiguration<AccountTransaction>
{
    public void Configure(EntityTypeBuilder<AccountTransaction> builder)
    {
        builder.ToTable("AccountTransactions");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.HasOne<DirectPaymentAgreement>().WithMany().HasForeignKey(t => t.DirectPaymentId).OnDelete(DeleteBehavior.Restrict);

        // Re-importing a provider's file adds nothing: its transaction ids are unique per account.
        builder.HasIndex(t => new { t.DirectPaymentId, t.ProviderTransactionId }).IsUnique().HasDatabaseName("UX_AccountTransactions_Account_ProviderId");
        // An account's lines by date, carrying what its totals and the spending checks read (kind, amount, flag,
        // receipt), so those are answered from the index alone: the review queue counts a council's years of spending
        // on each view.
        builder.HasIndex(t => new { t.DirectPaymentId, t.Date, t.Kind, t.Amount, t.Flag, t.ReceiptSent }).HasDatabaseName("IX_AccountTransactions_Account_Date");
        // The statement import's insert names its own columns; a new line has no receipt yet.
        builder.Property(t => t.ReceiptSent).HasDefaultValue(false);
        builder.HasIndex(t => new { t.CaseId, t.Date }).HasDatabaseName("IX_AccountTransactions_Case_Date");
        builder.Property(t => t.ProviderTransactionId).HasMaxLength(64).IsRequired();
        builder.Property(t => t.Description).HasMaxLength(200).IsRequired();
        builder.Property(t => t.Merchant).HasMaxLength(100);

        // Who wrote a line: the run or the import, found by an index. No foreign key: adding one to this existing table
        // makes SQLite rebuild it outside the migration's transaction; the run and the importer always set their own.
        builder.HasIndex(t => t.PaymentRunId).HasDatabaseName("IX_AccountTransactions_PaymentRun");
        builder.HasIndex(t => t.StatementImportId).HasDatabaseName("IX_AccountTransactions_StatementImport");
    }
}

internal sealed class StatementImportConfiguration : IEntityTypeConfiguration<StatementImport>
{
    public void Configure(EntityTypeBuilder<StatementImport> builder)
    {
        builder.ToTable("StatementImports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.FileName).HasMaxLength(StatementImport.MaxFileNameLength).IsRequired();
        builder.Property(i => i.ImportedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(i => i.ImportedAt).HasDatabaseName("IX_StatementImports_ImportedAt");
    }
}

internal sealed class SpendCategoryRuleConfiguration : IEntityTypeConfiguration<SpendCategoryRule>
{
    public void Configure(EntityTypeBuilder<SpendCategoryRule> builder)
    {
        builder.ToTable("SpendCategoryRules");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(r => r.Name).IsUnique().HasDatabaseName("UX_SpendCategoryRules_Name");
        builder.Property(r => r.MerchantContains).HasMaxLength(100);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}

internal sealed class PaymentRunConfiguration : IEntityTypeConfiguration<PaymentRun>
{
    public void Configure(EntityTypeBuilder<PaymentRun> builder)
    {
        builder.ToTable("PaymentRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.PeriodStart).HasDatabaseName("IX_PaymentRuns_Period");
        builder.Property(r => r.CommittedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.LateReason).HasMaxLength(PaymentRunWindow.ReasonMaximumLength);
        builder.Ignore(r => r.Period);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("Payments");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<PaymentRun>().WithMany().HasForeignKey(p => p.RunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DirectPaymentAgreement>().WithMany().HasForeignKey(p => p.DirectPaymentId).OnDelete(DeleteBehavior.Restrict);

        // Nothing is paid twice: one payment per direct payment per period, and per one-off, whatever runs.
        builder.HasIndex(p => p.PaidItemKey).IsUnique().HasDatabaseName("UX_Payments_PaidItem");
        builder.HasIndex(p => new { p.RunId }).HasDatabaseName("IX_Payments_Run");
        builder.HasIndex(p => new { p.DirectPaymentId, p.PeriodStart }).HasDatabaseName("IX_Payments_Account_Period");
        builder.Property(p => p.PaidItemKey).HasMaxLength(64).IsRequired();
        builder.Property(p => p.Reference).HasMaxLength(64).IsRequired();
        builder.Property(p => p.PayeeName).HasMaxLength(200).IsRequired();
        builder.Property(p => p.MaskedAccount).HasMaxLength(16).IsRequired();
        // Stored encrypted, at the width its ciphertext needs: see DirectPaymentsDbContext.OnModelCreating.
        builder.Property(p => p.PayeeAccountDigits).IsRequired();
        builder.Ignore(p => p.PayeeAccount);
        builder.HasMany(p => p.PeriodsPaid).WithOne().HasForeignKey(k => k.PaymentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.PeriodsPaid).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(p => p.Adjustments).WithOne().HasForeignKey(a => a.PaymentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Adjustments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PaymentAdjustmentConfiguration : IEntityTypeConfiguration<PaymentAdjustment>
{
    public void Configure(EntityTypeBuilder<PaymentAdjustment> builder)
    {
        builder.ToTable("PaymentAdjustments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.DirectPaymentId, a.PeriodStart }).HasDatabaseName("IX_PaymentAdjustments_Account_Period");
        builder.Property(a => a.Working).HasMaxLength(PaymentAdjustment.MaxWorkingLength).IsRequired();
    }
}

internal sealed class ContributionInvoiceConfiguration : IEntityTypeConfiguration<ContributionInvoice>
{
    public void Configure(EntityTypeBuilder<ContributionInvoice> builder)
    {
        builder.ToTable("ContributionInvoices");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasOne<PaymentRun>().WithMany().HasForeignKey(i => i.RunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DirectPaymentAgreement>().WithMany().HasForeignKey(i => i.DirectPaymentId).OnDelete(DeleteBehavior.Restrict);

        // Nothing is invoiced twice: one invoice per direct payment per period, whatever runs.
        builder.HasIndex(i => new { i.DirectPaymentId, i.PeriodStart }).IsUnique().HasDatabaseName("UX_ContributionInvoices_Account_Period");
        builder.HasIndex(i => i.RunId).HasDatabaseName("IX_ContributionInvoices_Run");
        builder.Property(i => i.Reference).HasMaxLength(64).IsRequired();
        builder.Property(i => i.InvoiceTo).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Working).HasMaxLength(ContributionInvoice.MaxWorkingLength).IsRequired();
        builder.Ignore(i => i.IsCreditNote);
        builder.HasMany(i => i.Adjustments).WithOne().HasForeignKey(a => a.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Adjustments).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ContributionAdjustmentConfiguration : IEntityTypeConfiguration<ContributionAdjustment>
{
    public void Configure(EntityTypeBuilder<ContributionAdjustment> builder)
    {
        builder.ToTable("ContributionAdjustments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => new { a.DirectPaymentId, a.PeriodStart }).HasDatabaseName("IX_ContributionAdjustments_Account_Period");
    }
}

internal sealed class PaidPeriodConfiguration : IEntityTypeConfiguration<PaidPeriod>
{
    public void Configure(EntityTypeBuilder<PaidPeriod> builder)
    {
        builder.ToTable("PaidPeriods");

        // The key is the rule: one payment per direct payment per period, back-pay included, whatever runs at once.
        builder.HasKey(k => k.Key);
        builder.Property(k => k.Key).HasMaxLength(64);
        builder.HasIndex(k => k.PeriodStart).HasDatabaseName("IX_PaidPeriods_Period");
        builder.HasIndex(k => k.PaymentId).HasDatabaseName("IX_PaidPeriods_Payment");
    }
}

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("Reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<CareCase>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DirectPaymentAgreement>().WithMany().HasForeignKey(r => r.DirectPaymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Status, r.DueOn }).HasDatabaseName("IX_Reviews_Status_Due");
        builder.HasIndex(r => r.DirectPaymentId).HasDatabaseName("IX_Reviews_DirectPayment");

        // One review in progress per direct payment, held by the database: two reviewers starting at once get one.
        // The filter is written so that SQLite, SQL Server and PostgreSQL all read it.
        builder.HasIndex(r => r.DirectPaymentId, "UX_Reviews_OneInProgress").IsUnique().HasFilter("\"Status\" <> 'Completed'");
        builder.Property(r => r.RaisedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.CompletedBy).HasMaxLength(256);
        builder.Property(r => r.Concern).HasMaxLength(2000);
        builder.Property(r => r.LiabilitiesNote).HasMaxLength(2000);
        builder.Ignore(r => r.Liabilities);
        builder.Property(r => r.PersonResponse).HasMaxLength(4000);
        builder.Property(r => r.OutcomeReasons).HasMaxLength(4000);
        builder.Property(r => r.SurplusWorking).HasStringListConversion().HasColumnName("SurplusWorkingJson");
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasMany(r => r.SpendDecisions).WithOne().HasForeignKey(d => d.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.SpendDecisions).UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class SpendDecisionConfiguration : IEntityTypeConfiguration<SpendDecision>
{
    public void Configure(EntityTypeBuilder<SpendDecision> builder)
    {
        builder.ToTable("ReviewSpendDecisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne<AccountTransaction>().WithMany().HasForeignKey(d => d.TransactionId).OnDelete(DeleteBehavior.Restrict);

        // One decision per payment per review: a changed mind updates it.
        builder.HasIndex(d => new { d.ReviewId, d.TransactionId }).IsUnique().HasDatabaseName("UX_ReviewSpendDecisions_Review_Transaction");
        builder.HasIndex(d => d.TransactionId).HasDatabaseName("IX_ReviewSpendDecisions_Transaction");
        builder.Property(d => d.Note).HasMaxLength(2000);
        builder.Property(d => d.DecidedBy).HasMaxLength(256).IsRequired();
        builder.Property(d => d.PersonAnswer).HasMaxLength(4000);
    }
}

internal sealed class SurplusRecoveryConfiguration : IEntityTypeConfiguration<SurplusRecovery>
{
    public void Configure(EntityTypeBuilder<SurplusRecovery> builder)
    {
        builder.ToTable("SurplusRecoveries");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Review>().WithMany().HasForeignKey(r => r.ReviewId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DirectPaymentAgreement>().WithMany().HasForeignKey(r => r.DirectPaymentId).OnDelete(DeleteBehavior.Restrict);

        // One recovery per review.
        builder.HasIndex(r => r.ReviewId).IsUnique().HasDatabaseName("UX_SurplusRecoveries_Review");
        builder.HasIndex(r => r.DirectPaymentId).HasDatabaseName("IX_SurplusRecoveries_DirectPayment");
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.Outstanding);
        builder.Ignore(r => r.Settled);
    }
}

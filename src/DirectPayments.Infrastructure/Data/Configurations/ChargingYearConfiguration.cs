using DirectPayments.Domain.Rates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DirectPayments.Infrastructure.Data.Configurations;

internal sealed class ChargingYearConfiguration : IEntityTypeConfiguration<ChargingYear>
{
    public void Configure(EntityTypeBuilder<ChargingYear> builder)
    {
        builder.ToTable("ChargingYears");
        builder.HasKey(y => y.Id);
        builder.Property(y => y.Id).ValueGeneratedNever();
        builder.HasIndex(y => y.StartYear).IsUnique().HasDatabaseName("UX_ChargingYears_StartYear");
        builder.Ignore(y => y.Year);
        builder.Ignore(y => y.Policy);
        builder.Ignore(y => y.HasEveryRate);
        builder.Ignore(y => y.MinimumPersonalAssistantRate);
        builder.Ignore(y => y.SpendCheckPolicy);
        builder.Property(y => y.EmployerOnCostPercent).HasPrecision(5, 2);
        builder.Property(y => y.ChargePercent).HasPrecision(5, 2);
        builder.Property(y => y.MigUpliftPercent).HasPrecision(5, 2);
        builder.Property(y => y.CoupleHousingShare).HasPrecision(5, 4);
        builder.Property(y => y.DisregardedIncomeTypes).HasMaxLength(1000);

        // Years stored before partial disregards existed get the law's three (docs/adr/0028).
        builder.Property(y => y.PartlyDisregardedIncomeTypes).HasMaxLength(1000)
            .HasDefaultValue("PensionCreditSavingsCredit,SurvivorsGuaranteedIncomePayment,WarWidowsPension");
        builder.Property(y => y.DisregardedCapitalTypes).HasMaxLength(200);
        builder.Property(y => y.DisabilityRelatedExpenditureAllowances).HasMaxLength(500);
        builder.Property(y => y.Version).IsConcurrencyToken();
        builder.HasMany(y => y.Rates).WithOne().HasForeignKey(r => r.ChargingYearId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(y => y.Rates).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class RateEntryConfiguration : IEntityTypeConfiguration<RateEntry>
{
    public void Configure(EntityTypeBuilder<RateEntry> builder)
    {
        builder.ToTable("ChargingRates");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.ChargingYearId, r.Key }).IsUnique().HasDatabaseName("UX_ChargingRates_Year_Key");
        builder.Property(r => r.Source).HasMaxLength(2000);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}

using DirectPayments.Infrastructure.Statements;

namespace DirectPayments.Web.Tests.Infrastructure;

public sealed class StatementReferenceTests
{
    private static readonly HashSet<string> Paid = new(["DP-7K3M9Q2C-20261116", "DP-AB12CD34-20261116-1OFF"], StringComparer.OrdinalIgnoreCase);

    [Theory]
    [InlineData("COUNCIL LOAD DP-7K3M9Q2C-20261116")]
    [InlineData("council load dp-7k3m9q2c-20261116")]
    [InlineData("COUNCIL LOAD REF:DP-7K3M9Q2C-20261116.")]
    [InlineData("DP-AB12CD34-20261116-1OFF COUNCIL")]
    public void A_description_quoting_a_paid_reference_matches(string description) =>
        Assert.True(StatementImporter.QuotesReference(description, Paid));

    [Theory]
    [InlineData("COUNCIL LOAD")]
    [InlineData("COUNCIL LOAD DP-7K3M9Q2C-20261214")]
    [InlineData("COUNCIL LOAD DP-7K3M9Q2C-20261116-1OFF")]
    [InlineData("COUNCIL LOAD XDP-7K3M9Q2C-20261116")]
    [InlineData("")]
    public void A_description_without_a_paid_reference_as_a_word_does_not(string description) =>
        Assert.False(StatementImporter.QuotesReference(description, Paid));
}

using DirectPayments.Infrastructure.Statements;

namespace DirectPayments.Web.Tests.Infrastructure;

public sealed class StatementReferenceTests
{
    private static readonly Guid Alex = Guid.CreateVersion7();
    private static readonly Guid Olive = Guid.CreateVersion7();

    private static readonly Dictionary<string, Guid> Paid = new(StringComparer.OrdinalIgnoreCase)
    {
        ["DP-7K3M9Q2C-20261116"] = Alex,
        ["DP-AB12CD34-20261116-1OFF"] = Olive,
    };

    [Theory]
    [InlineData("COUNCIL LOAD DP-7K3M9Q2C-20261116")]
    [InlineData("council load dp-7k3m9q2c-20261116")]
    [InlineData("COUNCIL LOAD REF:DP-7K3M9Q2C-20261116.")]
    [InlineData("CARD LOAD DP-7K3M9Q2C-20261116")]
    [InlineData("DP-7K3M9Q2C-20261116")]
    public void A_description_quoting_a_paid_reference_names_its_case(string description) =>
        Assert.Equal(Alex, StatementImporter.CaseQuoted(description, Paid));

    [Fact]
    public void A_one_off_reference_names_the_case_it_was_paid_for() =>
        Assert.Equal(Olive, StatementImporter.CaseQuoted("DP-AB12CD34-20261116-1OFF COUNCIL", Paid));

    [Theory]
    [InlineData("COUNCIL LOAD")]
    [InlineData("COUNCIL LOAD DP-7K3M9Q2C-20261214")]
    [InlineData("COUNCIL LOAD DP-7K3M9Q2C-20261116-1OFF")]
    [InlineData("COUNCIL LOAD XDP-7K3M9Q2C-20261116")]
    [InlineData("")]
    public void A_description_without_a_paid_reference_as_a_word_names_none(string description) =>
        Assert.Null(StatementImporter.CaseQuoted(description, Paid));
}

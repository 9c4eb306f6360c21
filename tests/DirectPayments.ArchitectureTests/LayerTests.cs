using System.Reflection;
using NetArchTest.Rules;

namespace DirectPayments.ArchitectureTests;

/// <summary>
/// Dependencies point inward: Web → Application → Domain, with Infrastructure implementing Application's ports. These
/// tests fail the build of a change that reaches outward, so the layers stay what the folders say they are.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(DirectPayments.Domain.Common.Money).Assembly;
    private static readonly Assembly Application = typeof(DirectPayments.Application.Common.CommandRunner).Assembly;
    private static readonly Assembly Infrastructure = typeof(DirectPayments.Infrastructure.Data.DirectPaymentsDbContext).Assembly;
    private static readonly Assembly Web = typeof(Program).Assembly;

    [Fact]
    public void The_domain_depends_on_nothing_of_ours_and_no_framework()
    {
        var result = Types.InAssembly(Domain).ShouldNot()
            .HaveDependencyOnAny("DirectPayments.Application", "DirectPayments.Infrastructure", "DirectPayments.Web", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void The_application_layer_knows_neither_infrastructure_nor_the_web()
    {
        var result = Types.InAssembly(Application).ShouldNot()
            .HaveDependencyOnAny("DirectPayments.Infrastructure", "DirectPayments.Web", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore.Relational", "Microsoft.Data")
            .GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    [Fact]
    public void Infrastructure_does_not_know_the_web()
    {
        var result = Types.InAssembly(Infrastructure).ShouldNot().HaveDependencyOn("DirectPayments.Web").GetResult();

        Assert.True(result.IsSuccessful, Failing(result));
    }

    private static string Failing(TestResult result) => "These types reach outward: " + string.Join(", ", result.FailingTypeNames ?? []);
}

using System.Reflection;
using NetArchTest.Rules;

namespace DirectPayments.ArchitectureTests;

/// <summary>
/// The web layer binds, validates, sends one command or query to the application layer and shows the result: no page,
/// controller or view reaches the database itself.
/// </summary>
public sealed class FeatureTests
{
    private static readonly Assembly Web = typeof(Program).Assembly;

    // Types being moved onto the application layer (issue 13). The lists may only shrink: a type that no longer needs
    // to be on one must be taken off it, and nothing may be added.
    private static readonly string[] NotYetMoved = NotYetMovedTypes.All;

    [Fact]
    public void No_controller_page_or_view_uses_the_database_or_EF_Core()
    {
        var reaching = OuterTypes(Types.InAssembly(Web).That().ResideInNamespace("DirectPayments.Web.Features")
                .Or().ResideInNamespace("AspNetCoreGeneratedDocument")
                .ShouldNot().HaveDependencyOnAny("DirectPayments.Infrastructure", "Microsoft.EntityFrameworkCore").GetResult());

        Assert.Empty(reaching.Except(NotYetMoved));
    }

    [Fact]
    public void The_list_of_types_still_to_move_only_shrinks()
    {
        var reaching = OuterTypes(Types.InAssembly(Web).That().ResideInNamespace("DirectPayments.Web.Features")
                .Or().ResideInNamespace("AspNetCoreGeneratedDocument")
                .ShouldNot().HaveDependencyOnAny("DirectPayments.Infrastructure", "Microsoft.EntityFrameworkCore").GetResult());
        var crossing = FeatureNames.SelectMany(feature => OuterTypes(Types.InAssembly(Web).That().ResideInNamespace($"DirectPayments.Web.Features.{feature}")
            .ShouldNot().HaveDependencyOnAny([.. FeatureNames.Where(f => f != feature).Select(f => $"DirectPayments.Web.Features.{f}")]).GetResult()));

        Assert.Empty(NotYetMoved.Except(reaching));
        Assert.Empty(NotYetMovedTypes.CrossFeature.Except(crossing));
    }

    private static readonly string[] FeatureNames = ["Account", "Administration", "CaseManagement", "Citizen", "Estimator", "Guidance", "Home", "Payments", "Review"];

    public static TheoryData<string> Features => [.. FeatureNames];

    /// <summary>
    /// A person changing one journey finds it in one place: a feature uses the application layer and the shared parts
    /// (components, layout), never another feature's controllers, forms or words.
    /// </summary>
    [Theory]
    [MemberData(nameof(Features))]
    public void A_feature_does_not_reach_into_another_feature(string feature)
    {
        var others = FeatureNames.Where(f => f != feature).Select(f => $"DirectPayments.Web.Features.{f}").ToArray();
        var reaching = OuterTypes(Types.InAssembly(Web).That().ResideInNamespace($"DirectPayments.Web.Features.{feature}")
            .ShouldNot().HaveDependencyOnAny(others).GetResult());

        Assert.Empty(reaching.Except(NotYetMovedTypes.CrossFeature));
    }

    // A lambda or an async method compiles to a nested type of its own; the rule is about the type a person wrote.
    internal static IReadOnlyList<string> OuterTypes(TestResult result) =>
        [.. (result.FailingTypeNames ?? []).Select(n => n.Split('+', '/')[0]).Distinct().Order()];
}

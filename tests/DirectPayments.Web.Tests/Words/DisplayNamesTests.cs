using System.Text.RegularExpressions;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.Reviews;

namespace DirectPayments.Web.Tests.Words;

/// <summary>Issue 20: every status, type and kind people may see has one name in words, in one place.</summary>
public sealed class DisplayNamesTests
{
    /// <summary>Every enum of the domain and the application, but those that never reach a person.</summary>
    public static TheoryData<Type> ShownEnums() =>
    [
        .. new[] { typeof(Money).Assembly, typeof(CommandResult).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsEnum && t.IsPublic && !DisplayNames.NeverShown.Contains(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(ShownEnums))]
    public void Every_value_has_a_name_in_words(Type type)
    {
        var missing = Enum.GetValues(type).Cast<Enum>().Where(v => !DisplayNames.Has(v)).Select(v => v.ToString()).ToList();

        Assert.True(missing.Count == 0, $"{type.Name} has no name in words for: {string.Join(", ", missing)}");
    }

    [Theory]
    [MemberData(nameof(ShownEnums))]
    public void No_name_is_written_as_the_code_writes_it(Type type)
    {
        var asCode = Enum.GetValues(type).Cast<Enum>()
            .Where(v => DisplayNames.Has(v) && Regex.Matches(DisplayNames.Of(v), "[A-Za-z]+").Any(word => word.Value.Skip(1).Any(char.IsUpper) && word.Value.Any(char.IsLower)))
            .Select(v => $"{v}: \"{DisplayNames.Of(v)}\"")
            .ToList();

        Assert.True(asCode.Count == 0, $"{type.Name} names read as code: {string.Join(", ", asCode)}");
    }

    [Theory]
    [MemberData(nameof(ShownEnums))]
    public void Each_value_of_a_kind_has_a_name_of_its_own(Type type)
    {
        var names = Enum.GetValues(type).Cast<Enum>().Where(DisplayNames.Has).Select(DisplayNames.Of).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void A_stage_is_named_in_words() => Assert.Equal("Plan to agree", DisplayNames.Of(CaseStage.PlanToAgree));

    [Fact]
    public void A_value_written_as_code_is_found_by_its_type() =>
        Assert.Equal("Waiting for the person's answer", DisplayNames.OfName(typeof(ReviewStatus), "AwaitingResponse"));

    [Fact]
    public void A_nullable_enum_is_found_by_its_value_type() =>
        Assert.Equal("Review due", DisplayNames.OfName(typeof(CaseStage?), "ReviewDue"));

    [Fact]
    public void A_name_that_is_not_a_value_of_the_type_has_no_words() =>
        Assert.Null(DisplayNames.OfName(typeof(CaseStage), "AwaitingResponse"));

    [Fact]
    public void A_number_is_not_taken_for_a_value() =>
        Assert.Null(DisplayNames.OfName(typeof(CaseStage), "3"));

    [Fact]
    public void A_value_with_no_name_says_which_one_is_missing()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => DisplayNames.Of(CommandStatus.Saved));

        Assert.Contains("CommandStatus.Saved", error.Message, StringComparison.Ordinal);
    }
}

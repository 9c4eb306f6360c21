using System.Text.Json;
using DirectPayments.Application.Common;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Cases;
using DirectPayments.Domain.Common;
using DirectPayments.Domain.SupportPlans;

namespace DirectPayments.Web.Tests.Words;

/// <summary>Issue 20: the case history as a person reads it, from what the audit trail stored.</summary>
public sealed class AuditWordsTests
{
    private static readonly CouncilClock Clock = new(TimeProvider.System, CouncilClock.FindZone(null, "Council:TimeZone"));

    private static AuditEntry Entry(string type, string action, object changes) =>
        new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero), "u1", "someone@example.org", type, Guid.NewGuid().ToString(), Guid.NewGuid(), action, JsonSerializer.Serialize(changes));

    private static object Change(string? old, string? @new) => new { old, @new };

    [Theory]
    [InlineData("FinancialAssessment", "financial assessment")]
    [InlineData("StageSince", "stage since")]
    [InlineData("HmrcPayments", "hmrc payments")]
    [InlineData("MIGUplift", "MIG uplift")]
    public void A_name_from_the_code_is_read_as_words(string name, string words) => Assert.Equal(words, AuditWords.Words(name));

    [Fact]
    public void A_stage_is_read_by_its_name() =>
        Assert.Equal("Plan to agree", AuditWords.Value(typeof(CaseStage), "PlanToAgree", Clock));

    [Fact]
    public void A_date_stored_in_the_invariant_culture_is_read_day_first() =>
        Assert.Equal("2 December 2026", AuditWords.Value(typeof(DateOnly), "12/02/2026", Clock));

    [Fact]
    public void A_moment_is_read_on_the_councils_clock() =>
        Assert.Equal("15 June 2026, 10:30", AuditWords.Value(typeof(DateTimeOffset), "06/15/2026 09:30:00 +00:00", Clock));

    [Fact]
    public void Yes_and_no_are_words() => Assert.Equal("Yes", AuditWords.Value(typeof(bool), "True", Clock));

    [Fact]
    public void An_added_record_gives_its_fields_without_its_ids_or_empty_ones()
    {
        var entry = Entry(nameof(SupportPlanLine), "Created", new Dictionary<string, object>
        {
            ["Id"] = Change(null, Guid.NewGuid().ToString()),
            ["SupportPlanId"] = Change(null, Guid.NewGuid().ToString()),
            ["Category"] = Change(null, "PersonalAssistant"),
            ["Frequency"] = Change(null, "FourWeekly"),
            ["Notes"] = Change(null, null),
        });

        Assert.Equal(
            [new AuditedField("Category", null, "Personal assistant"), new AuditedField("Frequency", null, "Every 4 weeks")],
            AuditWords.Fields(entry, Clock));
    }

    [Fact]
    public void A_record_added_is_said_in_words() =>
        Assert.Equal("Support plan line added", AuditWords.What(Entry(nameof(SupportPlanLine), "Created", new { })));

    [Fact]
    public void What_a_person_did_is_their_words_with_a_capital()
    {
        var entry = AuditEntry.Described(DateTimeOffset.UnixEpoch, "u1", "Sam", Guid.NewGuid(), "agreed the support plan");

        Assert.Equal("Agreed the support plan", AuditWords.What(entry));
    }

    [Fact]
    public void A_structured_value_gives_only_what_changed_in_it()
    {
        var entry = Entry("ChargingYear", "Updated", new Dictionary<string, object>
        {
            ["Policy"] = Change("""{"ChargePercent":100,"MinimumWeeklyChargePence":0}""", """{"ChargePercent":90,"MinimumWeeklyChargePence":0}"""),
        });

        Assert.Equal([new AuditedField("Policy: charge percent", "100", "90")], AuditWords.Fields(entry, Clock));
    }

    [Fact]
    public void Pence_inside_a_structured_value_are_read_as_pounds()
    {
        var entry = Entry("FinancialAssessment", "Updated", new Dictionary<string, object>
        {
            ["Input"] = Change("""{"WeeklyCostOfCarePence":6000}""", """{"WeeklyCostOfCarePence":7550}"""),
        });

        Assert.Equal([new AuditedField("Input: weekly cost of care", "£60.00", "£75.50")], AuditWords.Fields(entry, Clock));
    }

    [Fact]
    public void A_list_of_kinds_kept_as_text_is_read_by_their_names()
    {
        var entry = Entry("NeedsAssessment", "Created", new Dictionary<string, object>
        {
            ["UnachievedOutcomes"] = Change(null, "ManagingNutrition,PersonalHygiene"),
        });

        Assert.Equal("Preparing food and drink, and eating; Washing and personal hygiene", Assert.Single(AuditWords.Fields(entry, Clock)).Now);
    }

    [Fact]
    public void An_account_is_named_and_one_no_longer_held_is_not_shown_by_its_id()
    {
        var known = Guid.NewGuid().ToString();
        var entry = Entry("FinancialAssessment", "Updated", new Dictionary<string, object>
        {
            ["VerifiedBy"] = Change(Guid.NewGuid().ToString(), known),
        });

        var field = Assert.Single(AuditWords.Fields(entry, Clock, new Dictionary<string, string> { [known] = "Chris Case-Manager" }));

        Assert.Equal(new AuditedField("Verified by", "An account no longer on the portal", "Chris Case-Manager"), field);
    }

    [Fact]
    public void Text_a_person_wrote_is_left_as_they_wrote_it()
    {
        var entry = Entry(nameof(SupportPlanLine), "Updated", new Dictionary<string, object>
        {
            ["Description"] = Change("Equipment", "Transport to the day centre"),
        });

        Assert.Equal(new AuditedField("Description", "Equipment", "Transport to the day centre"), Assert.Single(AuditWords.Fields(entry, Clock)));
    }
}

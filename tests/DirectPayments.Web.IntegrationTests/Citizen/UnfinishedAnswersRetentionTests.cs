using DirectPayments.Application.Citizen.UnfinishedAnswers;
using DirectPayments.Domain.Applications;
using DirectPayments.Domain.FinancialAssessments;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Citizen;

/// <summary>Unfinished answers are kept for the council's retention period after they were last changed, then deleted.</summary>
public sealed class UnfinishedAnswersRetentionTests
{
    [Fact]
    public async Task An_unfinished_application_untouched_for_longer_than_the_council_keeps_it_is_deleted()
    {
        using var factory = new PortalFactory();
        await StartAnApplicationAsync(factory);

        factory.Clock.Advance(TimeSpan.FromDays(UnfinishedAnswersRetention.DefaultDays + 1));
        var deleted = await ForgetAsync(factory);

        Assert.Equal(1, deleted);
        Assert.False(await factory.QueryAsync(db => db.Set<ApplicationDraft>().AnyAsync()));
    }

    [Fact]
    public async Task An_unfinished_application_changed_within_the_period_is_kept()
    {
        using var factory = new PortalFactory();
        await StartAnApplicationAsync(factory);

        factory.Clock.Advance(TimeSpan.FromDays(UnfinishedAnswersRetention.DefaultDays - 1));
        await ForgetAsync(factory);

        Assert.True(await factory.QueryAsync(db => db.Set<ApplicationDraft>().AnyAsync()));
    }

    [Fact]
    public async Task An_unfinished_financial_assessment_untouched_for_longer_than_the_council_keeps_it_is_deleted()
    {
        using var factory = new PortalFactory();
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await factory.QueryAsync(db =>
        {
            db.Add(FinancialAssessmentDraft.Start(sam, "{}", "citizen2", factory.Clock.GetUtcNow()));
            return db.SaveChangesAsync();
        });

        factory.Clock.Advance(TimeSpan.FromDays(UnfinishedAnswersRetention.DefaultDays + 1));
        await ForgetAsync(factory);

        Assert.False(await factory.QueryAsync(db => db.Set<FinancialAssessmentDraft>().AnyAsync(d => d.CaseId == sam)));
    }

    [Fact]
    public async Task The_person_is_told_how_long_unfinished_answers_are_kept()
    {
        using var factory = new PortalFactory();
        var client = await factory.SignedInAsync("citizen2@example.org");

        var page = (await client.GetDocumentAsync("/citizen/apply")).MainText();

        Assert.Contains("We keep unfinished answers for 90 days after they were last changed, then delete them.", page, StringComparison.Ordinal);
    }

    private static async Task<int> ForgetAsync(PortalFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ForgetUnfinishedAnswers>().RunAsync();
    }

    private static async Task StartAnApplicationAsync(PortalFactory factory)
    {
        var client = await factory.SignedInAsync("citizen2@example.org");
        await client.SubmitFormAsync("/citizen/apply/who", [new KeyValuePair<string, string>("Who", "Self")]);
        Assert.True(await factory.QueryAsync(db => db.Set<ApplicationDraft>().AnyAsync()));
    }
}

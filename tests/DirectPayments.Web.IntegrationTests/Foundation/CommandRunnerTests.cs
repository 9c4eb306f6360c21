using DirectPayments.Application.Common.Outbox;
using DirectPayments.Domain.Auditing;
using DirectPayments.Domain.Notices;
using DirectPayments.Domain.SupportPlans;
using DirectPayments.Infrastructure.Email;
using DirectPayments.Infrastructure.Outbox;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace DirectPayments.Web.IntegrationTests.Foundation;

/// <summary>What every command gets from the one runner: audit in words, letters e-mailed only after the commit, nothing half-saved.</summary>
public sealed class CommandRunnerTests
{
    [Fact]
    public async Task A_command_is_audited_in_words_with_who_did_it()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");

        await StartPlan(manager, sam);

        var entry = await factory.QueryAsync(db => db.Set<AuditEntry>().SingleAsync(e => e.CaseId == sam && e.Action == AuditEntry.ActionTaken));
        Assert.Equal("started a draft support plan; version 1", entry.Description);
        Assert.Equal("casemanager@example.org", entry.UserName);
    }

    [Fact]
    public async Task A_refused_command_saves_nothing_and_sends_nothing()
    {
        using var factory = new PortalFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await StartPlan(manager, sam);
        var before = await Counts(factory);

        // A plan with no lines cannot be proposed: the letter it would have sent is never written.
        var page = await manager.GetDocumentAsync($"/case-management/cases/{sam}/plan");
        var response = await manager.SubmitFormAsync(page, new Dictionary<string, string>(), $"form[action='/case-management/cases/{sam}/plan/propose']");
        var after = await manager.GetDocumentAsync(response.Location()!);

        Assert.Contains("Add at least one line before proposing the plan", after.MainText(), StringComparison.Ordinal);
        Assert.Equal(before, await Counts(factory));
        Assert.Equal(SupportPlanStatus.Draft, await factory.QueryAsync(db => db.Set<SupportPlan>().Where(p => p.CaseId == sam).Select(p => p.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_command_on_someone_elses_case_is_not_found_and_saves_nothing()
    {
        using var factory = new PortalFactory();
        var citizen = await factory.SignedInAsync("citizen@example.org");
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        var before = await Counts(factory);

        using var response = await citizen.PostAsync($"/citizen/cases/{sam}/plan/agree", new FormUrlEncodedContent([new("planVersion", "0")]));

        Assert.NotEqual(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await Counts(factory));
    }

    [Fact]
    public async Task A_letter_is_emailed_once_after_the_commit_however_often_the_outbox_is_dispatched()
    {
        using var factory = new MailFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var person = await factory.SignedInAsync("citizen2@example.org");
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await StartPlan(manager, sam);
        await AddLine(manager, sam);
        await Propose(manager, sam);
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();

        await dispatcher.DispatchDueAsync();
        await dispatcher.DispatchDueAsync();

        factory.Sender.Verify(s => s.SendAsync(It.Is<EmailMessage>(m => m.To == "citizen2@example.org" && m.Subject == "Your support plan is ready to agree"), It.IsAny<CancellationToken>()), Times.Once);
        Assert.NotNull(await factory.QueryAsync(db => db.Set<OutboxMessage>().Where(m => m.CaseId == sam && m.Kind == OutboxMessage.NoticeEmailToMember).Select(m => m.SentAt).SingleAsync()));
        _ = person;
    }

    [Fact]
    public async Task A_letter_that_cannot_be_sent_is_tried_again_later_and_then_sent()
    {
        using var factory = new MailFactory();
        var manager = await factory.SignedInAsync("casemanager@example.org");
        var sam = await factory.CaseIdAsync("Sam Second-Citizen");
        await StartPlan(manager, sam);
        await AddLine(manager, sam);
        factory.Sender.SetupSequence(s => s.SendAsync(It.IsAny<EmailMessage>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new IOException("The mail server is down"))
            .Returns(Task.CompletedTask);
        await Propose(manager, sam);
        var dispatcher = factory.Services.GetRequiredService<OutboxDispatcher>();

        await dispatcher.DispatchDueAsync();
        var failed = await factory.QueryAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.CaseId == sam && m.Kind == OutboxMessage.NoticeEmailToMember));
        await dispatcher.DispatchDueAsync();
        Assert.Null((await factory.QueryAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.CaseId == sam && m.Kind == OutboxMessage.NoticeEmailToMember))).SentAt);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchDueAsync();

        Assert.Equal((1, "The mail server is down"), (failed.Attempts, failed.LastError));
        Assert.NotNull((await factory.QueryAsync(db => db.Set<OutboxMessage>().SingleAsync(m => m.CaseId == sam && m.Kind == OutboxMessage.NoticeEmailToMember))).SentAt);
    }

    private static async Task<(int Notices, int Outbox, int Audit)> Counts(PortalFactory factory) => (
        await factory.QueryAsync(db => db.Set<Notice>().CountAsync()),
        await factory.QueryAsync(db => db.Set<OutboxMessage>().CountAsync()),
        await factory.QueryAsync(db => db.Set<AuditEntry>().CountAsync()));

    private static async Task StartPlan(HttpClient manager, Guid caseId)
    {
        var url = $"/case-management/cases/{caseId}/plan";
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(url), new Dictionary<string, string>(), $"form[action='{url}/start']");
    }

    private static async Task AddLine(HttpClient manager, Guid caseId) =>
        await manager.SubmitFormAsync($"/case-management/cases/{caseId}/plan/lines/new", new Dictionary<string, string>
        {
            ["Category"] = "PersonalAssistant", ["Description"] = "Personal assistant", ["Need"] = "PersonalHygiene", ["Outcome"] = "Washed and dressed",
            ["Costing"] = "hours", ["Hours"] = "10", ["HourlyRate"] = "16.00", ["Delivery"] = "DirectPayment", ["Restriction"] = "None",
        });

    private static async Task Propose(HttpClient manager, Guid caseId)
    {
        var url = $"/case-management/cases/{caseId}/plan";
        await manager.SubmitFormAsync(await manager.GetDocumentAsync(url), new Dictionary<string, string>(), $"form[action='{url}/propose']");
    }

    private sealed class MailFactory : PortalFactory
    {
        public Mock<IEmailSender> Sender { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Outbox:PollSeconds", "3600");
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IEmailSender>();
                services.AddSingleton(Sender.Object);
            });
        }
    }
}

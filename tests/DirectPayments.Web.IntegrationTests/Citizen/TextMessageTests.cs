using DirectPayments.Domain.Cases;
using DirectPayments.Infrastructure.Outbox;
using DirectPayments.Web.IntegrationTests.CaseManagement;
using Microsoft.EntityFrameworkCore;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using DirectPayments.Infrastructure.Email;
using Moq;

namespace DirectPayments.Web.IntegrationTests.Citizen;

/// <summary>
/// A person who asked to be contacted by text message (Accessible Information Standard) is texted that there is a
/// letter, on their mobile, without money or detail; nobody else is, and a landline never is.
/// </summary>
public sealed class TextMessageTests
{
    private const string TemplateId = "0d7c1c1e-9c59-4a55-8a0c-6f1c8f0b2a11";

    [Fact]
    public async Task A_person_who_asked_for_texts_is_texted_that_there_is_a_letter()
    {
        using var factory = new PortalFactory();

        await ApplyAsync(factory, phone: "07700 900982", contact: "TextMessage");
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

        var text = await File.ReadAllTextAsync(Assert.Single(Texts(factory)));
        Assert.Contains("To: +447700900982", text, StringComparison.Ordinal);
        Assert.Contains("\"We have your request for an assessment\"", text, StringComparison.Ordinal);
        Assert.Contains("Sign in to read it", text, StringComparison.Ordinal);
        Assert.DoesNotContain("£", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_landline_is_not_texted()
    {
        using var factory = new PortalFactory();

        await ApplyAsync(factory, phone: "01632 960 001", contact: "TextMessage");
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

        Assert.Empty(Texts(factory));
    }

    [Fact]
    public async Task Someone_who_asked_for_e_mail_is_not_texted()
    {
        using var factory = new PortalFactory();

        await ApplyAsync(factory, phone: "07700 900982", contact: "Email");
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

        Assert.Empty(Texts(factory));
    }

    [Fact]
    public async Task Through_gov_uk_notify_the_text_goes_into_the_councils_text_template()
    {
        await using var notify = await NotifyStandIn.StartAsync();
        using var factory = new PortalFactory();
        using var portal = factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Outbox:PollSeconds", "3600");
            builder.UseSetting("Email:Mode", "Notify");
            builder.UseSetting("Email:Notify:ApiKey", NotifyStandIn.ApiKey);
            builder.UseSetting("Email:Notify:TemplateId", "f33517ff-2a88-4f6e-b855-c550268ce08a");
            builder.UseSetting("Email:Notify:BaseUrl", notify.BaseUrl);
            builder.UseSetting("TextMessages:Mode", "Notify");
            builder.UseSetting("TextMessages:NotifyTemplateId", TemplateId);
        });

        await ApplyAsync(portal, phone: "+44 7700 900982", contact: "TextMessage");
        await portal.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

        var sent = Assert.Single(notify.Texts);
        Assert.Equal("+447700900982", sent.GetProperty("phone_number").GetString());
        Assert.Equal(TemplateId, sent.GetProperty("template_id").GetString());
        Assert.Contains("We have your request for an assessment", sent.GetProperty("personalisation").GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_case_manager_sees_when_someone_who_asked_for_texts_has_no_mobile()
    {
        using var factory = new PortalFactory();
        var jemima = await factory.CaseIdAsync("Jemima Example");
        await factory.QueryAsync(async db =>
        {
            var careCase = await db.Set<CareCase>().SingleAsync(c => c.Id == jemima);
            careCase.RecordContactDetails(new ContactDetails(null, null, null, null, "01632 960 001"));
            careCase.RecordCommunicationNeeds(new CommunicationNeeds(ContactMethod.TextMessage, [], [], null, null));
            return await db.SaveChangesAsync();
        });
        var manager = await factory.SignedInAsync("casemanager@example.org");

        var page = (await manager.GetDocumentAsync($"/case-management/cases/{jemima}")).MainText();

        Assert.Contains("Text message, but no mobile number is recorded, so they cannot be texted", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_that_fails_is_tried_again_without_e_mailing_the_letter_again()
    {
        using var factory = new MailFactory();
        var texts = new Mock<ITextMessageSender>();
        texts.SetupSequence(t => t.SendAsync(It.IsAny<TextMessage>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("GOV.UK Notify is unavailable"))
            .Returns(Task.CompletedTask);
        using var portal = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.RemoveAll<ITextMessageSender>();
            services.AddSingleton(texts.Object);
        }));
        var dispatcher = portal.Services.GetRequiredService<OutboxDispatcher>();

        await ApplyAsync(portal, phone: "07700 900982", contact: "TextMessage");
        await dispatcher.DispatchDueAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await dispatcher.DispatchDueAsync();

        texts.Verify(t => t.SendAsync(It.Is<TextMessage>(m => m.To == "+447700900982"), It.IsAny<CancellationToken>()), Times.Exactly(2));
        Assert.Single(factory.To("citizen2@example.org"), m => m.Subject == "We have your request for an assessment");
    }

    private static string[] Texts(PortalFactory factory)
    {
        var folder = Path.Combine(factory.DataFolder, "texts");
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*.txt") : [];
    }

    private static async Task ApplyAsync(WebApplicationFactory<Program> portal, string phone, string contact)
    {
        using var client = portal.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = PortalFactory.Https });
        await client.SignInAsync("citizen2@example.org");
        async Task Answer(string step, params (string, string)[] fields) =>
            await client.SubmitFormAsync($"/citizen/apply/{step}", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        await Answer("who", ("Who", "Self"));
        await Answer("person", ("FullName", "Tess Texter"), ("DateOfBirth.Day", "1"), ("DateOfBirth.Month", "1"), ("DateOfBirth.Year", "1970"));
        await Answer("difficulties", ("Difficulties", "NotSure"));
        await Answer("help", ("HelpNeeded", "Help at home"));
        await Answer("contact", ("ContactPhone", phone));
        await Answer("communication", ("PreferredContact", contact));
        var check = await client.GetDocumentAsync("/citizen/apply/check");
        await client.SubmitFormAsync(check, new Dictionary<string, string>());
    }
}

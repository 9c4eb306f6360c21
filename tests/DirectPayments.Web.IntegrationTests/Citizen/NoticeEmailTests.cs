using DirectPayments.Infrastructure.Email;
using DirectPayments.Infrastructure.Outbox;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace DirectPayments.Web.IntegrationTests.Citizen;

public sealed class NoticeEmailTests(NoticeEmailTests.MailFactory factory) : IClassFixture<NoticeEmailTests.MailFactory>
{
    [Fact]
    public async Task A_notice_is_emailed_to_the_people_on_the_case_without_any_money_in_it()
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("citizen2@example.org");

        await Apply(client);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

        factory.Sender.Verify(s => s.SendAsync(
            It.Is<EmailMessage>(m => m.To == "citizen2@example.org" && m.Subject == "We have your request for an assessment" && !m.Body.Contains('£')),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task In_development_the_message_is_written_to_the_data_folder()
    {
        using var plain = new PortalFactory();
        var client = plain.CreateBrowserlessClient();
        await client.SignInAsync("citizen@example.org");

        await Apply(client);
        await plain.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

        var mail = Directory.GetFiles(Path.Combine(plain.DataFolder, "mail"), "*.eml");
        var text = await File.ReadAllTextAsync(Assert.Single(mail));
        Assert.Contains("To: citizen@example.org", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_death_whoever_deals_with_the_estate_is_told_of_each_letter_and_the_person_is_not()
    {
        var (caseId, _) = await Payments.DirectPaymentLifeTests.PaidForNovemberAsync(factory);

        await Payments.DirectPaymentLifeTests.ChangeStatusAsync(factory, caseId, "Ended", "20", "11", "2026", "Died in hospital.", why: "Died",
            more: new() { ["EstateName"] = "Amira Example", ["EstateEmail"] = "amira.estate@example.org" });
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();

        factory.Sender.Verify(s => s.SendAsync(
            It.Is<EmailMessage>(m => m.To == "amira.estate@example.org" && m.Subject.StartsWith("Final statement", StringComparison.Ordinal)
                && m.Body.StartsWith("Dear Amira Example", StringComparison.Ordinal) && !m.Body.Contains('£')),
            It.IsAny<CancellationToken>()), Times.Once);
        factory.Sender.Verify(s => s.SendAsync(
            It.Is<EmailMessage>(m => m.To == "citizen2@example.org" && m.Subject.Contains("direct payment has ended", StringComparison.Ordinal)),
            It.IsAny<CancellationToken>()), Times.Never);
    }

    private static async Task Apply(HttpClient client)
    {
        async Task Answer(string step, params (string, string)[] fields) =>
            await client.SubmitFormAsync($"/citizen/apply/{step}", fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)));
        await Answer("who", ("Who", "Self"));
        await Answer("person", ("FullName", "Test Person"), ("DateOfBirth.Day", "1"), ("DateOfBirth.Month", "1"), ("DateOfBirth.Year", "1970"));
        await Answer("difficulties", ("Difficulties", "NotSure"));
        await Answer("help", ("HelpNeeded", "Help at home"));
        await Answer("contact", ("ContactPhone", ""));
        await Answer("communication", ("PreferredContact", "Email"));
        var check = await client.GetDocumentAsync("/citizen/apply/check");
        await client.SubmitFormAsync(check, new Dictionary<string, string>());
    }

    public sealed class MailFactory : PortalFactory
    {
        public Mock<IEmailSender> Sender { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
            {
                services.RemoveAll<IEmailSender>();
                services.AddSingleton(Sender.Object);
            });
        }
    }
}

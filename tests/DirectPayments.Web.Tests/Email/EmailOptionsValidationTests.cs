using DirectPayments.Infrastructure.Email;

namespace DirectPayments.Web.Tests.Email;

/// <summary>A start whose e-mail cannot reach anyone is refused, naming the setting.</summary>
public sealed class EmailOptionsValidationTests
{
    private static readonly EmailOptions Sending = new()
    {
        Mode = EmailOptions.SmtpMode,
        SmtpHost = "relay.anytown.gov.uk",
        ServiceUrl = "https://directpayments.anytown.gov.uk",
    };

    [Fact]
    public void Production_with_the_council_relay_and_its_own_address_starts()
    {
        Assert.True(Validate("Production", Sending).Succeeded);
    }

    [Fact]
    public void Production_refuses_to_write_e_mails_to_a_folder()
    {
        var result = Validate("Production", With(o => o.Mode = EmailOptions.FolderMode));

        Assert.Contains("Email:Mode is Folder", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://127.0.0.1:5080")]
    [InlineData("https://localhost")]
    [InlineData("https://[::1]")]
    public void Production_refuses_links_that_only_the_server_can_open(string serviceUrl)
    {
        var result = Validate("Production", With(o => o.ServiceUrl = serviceUrl));

        Assert.Contains("only this server can open", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_refuses_links_without_https()
    {
        var result = Validate("Production", With(o => o.ServiceUrl = "http://directpayments.anytown.gov.uk"));

        Assert.Contains("https://", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Development_writes_e_mails_to_a_folder_with_links_to_this_machine()
    {
        Assert.True(Validate("Development", new EmailOptions()).Succeeded);
    }

    [Fact]
    public void The_relay_needs_a_host()
    {
        var result = Validate("Development", With(o => o.SmtpHost = null));

        Assert.Contains("Email:SmtpHost is not set", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_relay_on_this_machine_may_be_reached_without_tls()
    {
        var result = Validate("Development", With(o => o.SmtpSecurity = "None"));

        Assert.Contains("Email:SmtpSecurity is None", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Notify_needs_an_api_key_and_a_template()
    {
        var result = Validate("Development", With(o => o.Mode = EmailOptions.NotifyMode));

        Assert.Contains("Email:Notify:ApiKey is not set", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Email:Notify:TemplateId", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_mode_is_refused()
    {
        var result = Validate("Development", With(o => o.Mode = "Pigeon"));

        Assert.Contains("must be Folder, Smtp or Notify", result.FailureMessage, StringComparison.Ordinal);
    }

    private static EmailOptions With(Action<EmailOptions> change)
    {
        var options = new EmailOptions { Mode = Sending.Mode, SmtpHost = Sending.SmtpHost, ServiceUrl = Sending.ServiceUrl };
        change(options);
        return options;
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(string environment, EmailOptions options) =>
        new EmailOptionsValidation(new TestEnvironment(environment)).Validate(null, options);
}

using DirectPayments.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace DirectPayments.Web.Tests.Email;

/// <summary>Texts are sent only through a sender that can send them; a council that sends none says so.</summary>
public sealed class TextMessageOptionsValidationTests
{
    private const string Template = "0d7c1c1e-9c59-4a55-8a0c-6f1c8f0b2a11";

    [Fact]
    public void Production_sends_no_texts_unless_the_council_sets_a_sender()
    {
        Assert.Equal(TextMessageOptions.NoneMode, TextMessageOptions.ModeFor(null, production: true));
    }

    [Fact]
    public void Development_and_tests_write_texts_to_the_data_folder()
    {
        Assert.Equal(TextMessageOptions.FolderMode, TextMessageOptions.ModeFor(" ", production: false));
    }

    [Fact]
    public void Production_with_no_text_sender_starts()
    {
        Assert.True(Validate("Production", new TextMessageOptions()).Succeeded);
    }

    [Fact]
    public void Production_refuses_to_write_texts_to_a_folder()
    {
        var result = Validate("Production", new TextMessageOptions { Mode = TextMessageOptions.FolderMode });

        Assert.Contains("TextMessages:Mode is Folder", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Notify_needs_the_councils_text_template()
    {
        var result = Validate("Production", new TextMessageOptions { Mode = TextMessageOptions.NotifyMode }, apiKey: "key");

        Assert.Contains("TextMessages:NotifyTemplateId is not a template's id", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Notify_needs_the_services_api_key()
    {
        var result = Validate("Production", new TextMessageOptions { Mode = TextMessageOptions.NotifyMode, NotifyTemplateId = Template }, apiKey: null);

        Assert.Contains("Email:Notify:ApiKey is not set", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Notify_with_its_key_and_template_starts()
    {
        Assert.True(Validate("Production", new TextMessageOptions { Mode = TextMessageOptions.NotifyMode, NotifyTemplateId = Template }, apiKey: "key").Succeeded);
    }

    [Fact]
    public void An_unknown_mode_is_refused()
    {
        Assert.Contains("it must be Folder, Notify or None", Validate("Testing", new TextMessageOptions { Mode = "Pigeon" }).FailureMessage, StringComparison.Ordinal);
    }

    private static ValidateOptionsResult Validate(string environment, TextMessageOptions options, string? apiKey = null) =>
        new TextMessageOptionsValidation(new TestEnvironment(environment), Options.Create(new EmailOptions { Notify = new NotifyOptions { ApiKey = apiKey } }))
            .Validate(null, options);
}

using DirectPayments.Infrastructure.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Notify.Client;

namespace DirectPayments.Infrastructure.Email;

/// <summary>A text message to a UK mobile number in international form ("+447700900982").</summary>
public sealed record TextMessage(string To, string Body);

/// <summary>The one way the portal sends text messages, to people who asked to be contacted by text.</summary>
public interface ITextMessageSender
{
    Task SendAsync(TextMessage message, CancellationToken cancellationToken = default);
}

/// <summary>
/// The "TextMessages" configuration section. <see cref="Mode"/>: Folder (the default outside Production: each message
/// written to the data folder's "texts" folder), Notify (GOV.UK Notify, with e-mail's Notify API key and a text
/// message template whose content is ((body))), or None (the default in Production: the council sends no texts, and
/// people who asked for them are phoned or written to instead).
/// </summary>
public sealed class TextMessageOptions
{
    public const string SectionName = "TextMessages";

    public const string FolderMode = "Folder";
    public const string NotifyMode = "Notify";
    public const string NoneMode = "None";

    public string? Mode { get; set; }

    /// <summary>The mode configured, or the environment's default.</summary>
    public static string ModeFor(string? configured, bool production) =>
        string.IsNullOrWhiteSpace(configured) ? (production ? NoneMode : FolderMode) : configured.Trim();

    /// <summary>GOV.UK Notify's text message template: its whole content is ((body)).</summary>
    public string? NotifyTemplateId { get; set; }
}

/// <summary>Development and tests: each message becomes a .txt file in the data folder's "texts" folder.</summary>
public sealed class FolderTextMessageSender(IOptions<DatabaseOptions> database, IHostEnvironment environment, TimeProvider clock) : ITextMessageSender
{
    public async Task SendAsync(TextMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var folder = Path.Combine(DependencyInjection.DataFolder(database.Value, environment.ContentRootPath), "texts");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(
            Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMddHHmmss}-{Guid.NewGuid():N}.txt"), $"To: {message.To}\n\n{message.Body}\n", cancellationToken);
    }
}

/// <summary>Sends through GOV.UK Notify's text message API with its official client; the words stay in the portal.</summary>
public sealed class NotifyTextMessageSender(IOptions<EmailOptions> email, IOptions<TextMessageOptions> texts) : ITextMessageSender
{
    private readonly NotificationClient client = new(email.Value.Notify.BaseUrl, email.Value.Notify.ApiKey);

    public async Task SendAsync(TextMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var personalisation = new Dictionary<string, dynamic> { ["body"] = message.Body };

        // Notify's client takes no cancellation token; a send is one short request.
        await client.SendSmsAsync(message.To, texts.Value.NotifyTemplateId, personalisation, clientReference: null, smsSenderId: null);
    }
}

/// <summary>A council that sends no texts: nothing is sent, and the case page says so beside the person's choice.</summary>
public sealed class NoTextMessageSender : ITextMessageSender
{
    public Task SendAsync(TextMessage message, CancellationToken cancellationToken = default) => Task.CompletedTask;
}

/// <summary>Refuses a start whose text messages cannot work: an unknown mode, or Notify without its key or template.</summary>
public sealed class TextMessageOptionsValidation(IHostEnvironment environment, IOptions<EmailOptions> email) : IValidateOptions<TextMessageOptions>
{
    public ValidateOptionsResult Validate(string? name, TextMessageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var mode = TextMessageOptions.ModeFor(options.Mode, environment.IsProduction());
        var failures = new List<string>();
        if (!new[] { TextMessageOptions.FolderMode, TextMessageOptions.NotifyMode, TextMessageOptions.NoneMode }.Contains(mode, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"TextMessages:Mode is \"{mode}\": it must be Folder, Notify or None.");
        }

        if (mode.Equals(TextMessageOptions.NotifyMode, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(email.Value.Notify.ApiKey))
            {
                failures.Add("TextMessages:Mode is Notify but Email:Notify:ApiKey is not set.");
            }

            if (!Guid.TryParse(options.NotifyTemplateId, out _))
            {
                failures.Add("TextMessages:Mode is Notify but TextMessages:NotifyTemplateId is not a template's id.");
            }
        }

        if (environment.IsProduction() && mode.Equals(TextMessageOptions.FolderMode, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("TextMessages:Mode is Folder, which writes texts to a folder instead of sending them: set Notify, or None, in Production.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

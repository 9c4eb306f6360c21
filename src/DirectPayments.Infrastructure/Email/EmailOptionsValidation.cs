using System.Net;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DirectPayments.Infrastructure.Email;

/// <summary>
/// Refuses a start whose e-mail cannot work: a sender missing what it needs, anywhere; and in Production the folder
/// (nobody would get a message) or a service address that only the server itself can open, or without HTTPS (every
/// link in every e-mail would be broken).
/// </summary>
public sealed class EmailOptionsValidation(IHostEnvironment environment) : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var mode = options.Mode;
        if (!mode.Equals(EmailOptions.FolderMode, StringComparison.OrdinalIgnoreCase)
            && !mode.Equals(EmailOptions.SmtpMode, StringComparison.OrdinalIgnoreCase)
            && !mode.Equals(EmailOptions.NotifyMode, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Email:Mode is \"{mode}\": it must be Folder, Smtp or Notify.");
        }

        if (mode.Equals(EmailOptions.SmtpMode, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.SmtpHost))
            {
                failures.Add("Email:Mode is Smtp but Email:SmtpHost is not set.");
            }

            if (options.SmtpPort is < 1 or > 65535)
            {
                failures.Add($"Email:SmtpPort {options.SmtpPort} is not a port.");
            }

            if (SmtpEmailSender.Security(options.SmtpSecurity) == MailKit.Security.SecureSocketOptions.None && !IsLoopback(options.SmtpHost))
            {
                failures.Add("Email:SmtpSecurity is None: only a relay on this machine may be reached without TLS.");
            }
        }

        if (mode.Equals(EmailOptions.NotifyMode, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.Notify.ApiKey))
            {
                failures.Add("Email:Mode is Notify but Email:Notify:ApiKey is not set.");
            }

            if (!Guid.TryParse(options.Notify.TemplateId, out _))
            {
                failures.Add("Email:Mode is Notify but Email:Notify:TemplateId is not a template's id.");
            }
        }

        if (!Uri.TryCreate(options.ServiceUrl, UriKind.Absolute, out var service) || (service.Scheme != Uri.UriSchemeHttps && service.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"Email:ServiceUrl \"{options.ServiceUrl}\" is not the address of a web site.");
        }
        else if (environment.IsProduction())
        {
            if (IsLoopback(service.Host))
            {
                failures.Add($"Email:ServiceUrl is {options.ServiceUrl}, which only this server can open: set the address people use.");
            }

            if (service.Scheme != Uri.UriSchemeHttps)
            {
                failures.Add($"Email:ServiceUrl is {options.ServiceUrl}: people must be sent to an https:// address.");
            }
        }

        if (environment.IsProduction() && mode.Equals(EmailOptions.FolderMode, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("Email:Mode is Folder, which writes e-mails to a folder instead of sending them: set Smtp or Notify in Production.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsLoopback(string? host) =>
        host is not null && (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address)));
}

using DirectPayments.Application.Common;
using DirectPayments.Domain.Cases;
using DirectPayments.Web.Components;
using FluentValidation;

namespace DirectPayments.Web.Infrastructure;

/// <summary>
/// A form that asks about communication needs in the Accessible Information Standard's terms: how to get in touch,
/// the formats information must be in, the support needed to communicate, and anything else.
/// </summary>
public interface ICommunicationAnswers
{
    string? PreferredContact { get; }

    List<string> Formats { get; }

    List<string> Support { get; }

    string? Language { get; }

    string? Other { get; }
}

/// <summary>The choices each form offers, in words, and the needs its answers make.</summary>
public static class CommunicationAnswers
{
    public static IReadOnlyList<GovUkChoiceItem> ContactMethods { get; } =
        [.. Enum.GetValues<ContactMethod>().Select(m => new GovUkChoiceItem(m.ToString(), DisplayNames.Of(m)))];

    public static IReadOnlyList<GovUkChoiceItem> Formats { get; } =
        [.. Enum.GetValues<InformationFormat>().Select(f => new GovUkChoiceItem(f.ToString(), DisplayNames.Of(f)))];

    public static IReadOnlyList<GovUkChoiceItem> Support { get; } =
        [.. Enum.GetValues<CommunicationSupport>().Select(s => new GovUkChoiceItem(s.ToString(), DisplayNames.Of(s)))];

    /// <summary>The needs the answers describe (validated first by <see cref="CommunicationAnswersValidator"/>).</summary>
    public static CommunicationNeeds ToNeeds(this ICommunicationAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new(
            string.IsNullOrEmpty(answers.PreferredContact) ? null : Enum.Parse<ContactMethod>(answers.PreferredContact),
            answers.Formats.Select(Enum.Parse<InformationFormat>),
            answers.Support.Select(Enum.Parse<CommunicationSupport>),
            answers.Language,
            answers.Other);
    }
}

/// <summary>Choices from the lists, a language when an interpreter for one is needed, and lengths the case can keep.</summary>
public sealed class CommunicationAnswersValidator : AbstractValidator<ICommunicationAnswers>
{
    public CommunicationAnswersValidator()
    {
        RuleFor(m => m.PreferredContact)
            .Must(v => string.IsNullOrEmpty(v) || EnumInput.IsDefined<ContactMethod>(v))
            .WithMessage("Select how they want us to get in touch");
        RuleForEach(m => m.Formats).Must(EnumInput.IsDefined<InformationFormat>).WithMessage("Select formats from the list");
        RuleForEach(m => m.Support).Must(EnumInput.IsDefined<CommunicationSupport>).WithMessage("Select support from the list");
        When(m => m.Support.Contains(nameof(CommunicationSupport.SpokenLanguageInterpreter)), () =>
            RuleFor(m => m.Language).NotEmpty().WithMessage("Enter the language the interpreter needs to speak"));
        RuleFor(m => m.Language).MaximumLength(CommunicationNeeds.LanguageLength).WithMessage($"Language must be {CommunicationNeeds.LanguageLength} characters or fewer");
        RuleFor(m => m.Other).MaximumLength(CommunicationNeeds.OtherLength).WithMessage($"Other communication needs must be {CommunicationNeeds.OtherLength} characters or fewer");
    }
}

using DirectPayments.Infrastructure.Identity;

namespace DirectPayments.Web.Tests.Security;

/// <summary>Issue 16: "Password1234" was accepted. Passwords a guesser tries first are refused; others are not.</summary>
public sealed class CommonPasswordTests
{
    [Theory]
    [InlineData("Password1234")]
    [InlineData("Qwerty123456")]
    [InlineData("Welcome12345")]
    [InlineData("Liverpool2024")]
    [InlineData("Iloveyou2026")]
    [InlineData("P@ssw0rd1234!")]
    [InlineData("123456789012")]
    [InlineData("Anytown-Council-2026")]
    [InlineData("DirectPayments2026")]
    public void A_common_password_or_a_common_word_with_numbers_added_is_refused(string password) =>
        Assert.True(CommonPasswordValidator.IsGuessable(password, "pat@example.org"));

    [Fact]
    public void A_password_with_the_persons_own_email_name_in_it_is_refused() =>
        Assert.True(CommonPasswordValidator.IsGuessable("Pat.Jones-1975", "pat.jones@example.org"));

    [Theory]
    [InlineData("Correct-Horse-9-Battery")]
    [InlineData("Demo-Passw0rd!")]
    [InlineData("Kettle-Orbit-Tulip-7")]
    public void A_password_not_on_the_list_and_not_about_the_person_is_accepted(string password) =>
        Assert.False(CommonPasswordValidator.IsGuessable(password, "pat@example.org"));
}

using System.Net;
using DirectPayments.Infrastructure.Identity;
using DirectPayments.Web.IntegrationTests.Support;

namespace DirectPayments.Web.IntegrationTests.Foundation;

public sealed class ChangePasswordTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string NewPassword = "Brand-New-Passw0rd";

    [Fact]
    public async Task ChangingTheOneTimePassword_LetsTheStaffMemberIn_AndTheNewPasswordWorks()
    {
        var (staff, temporary) = await NewStaffMember("jo.newcomer@example.org");

        var changed = await ChangePassword(staff, temporary, NewPassword);

        Assert.Equal("/review", changed.Location());
        Assert.Equal(System.Net.HttpStatusCode.OK, (await staff.GetAsync("/review")).StatusCode);
        var again = factory.CreateBrowserlessClient();
        Assert.Equal("/review", (await again.SignInAsync("jo.newcomer@example.org", NewPassword)).Location());
    }

    [Fact]
    public async Task ChangingThePassword_WithTheWrongCurrentPassword_SaysSoAndChangesNothing()
    {
        var (staff, temporary) = await NewStaffMember("sam.newcomer@example.org");

        var response = await ChangePassword(staff, "Not-The-Passw0rd", NewPassword);

        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(["The current password is not correct"], page.ErrorSummary());
        Assert.Equal("/account/change-password", (await factory.CreateBrowserlessClient().SignInAsync("sam.newcomer@example.org", temporary)).Location());
    }

    [Fact]
    public async Task Five_wrong_current_passwords_sign_the_session_out_and_hold_the_address_back()
    {
        var (staff, temporary) = await NewStaffMember("guessed.at@example.org");
        HttpResponseMessage? response = null;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            response = await ChangePassword(staff, $"Wrong-Guess-{attempt}-Passw0rd", "Brand-New-Passw0rd-1");
        }

        Assert.Equal("/account/sign-in", response!.Location());
        Assert.Equal("/account/sign-in", (await staff.GetAsync("/account/change-password")).Location()?.Split('?')[0]);
        Assert.Equal(HttpStatusCode.OK, (await staff.SignInAsync("guessed.at@example.org", temporary)).StatusCode);
    }

    [Fact]
    public async Task The_one_time_password_cannot_be_kept_as_the_new_one()
    {
        var (staff, temporary) = await NewStaffMember("kim.newcomer@example.org");

        var response = await ChangePassword(staff, temporary, temporary);

        Assert.Contains("Your new password must be different from your current password", (await PortalClient.ParseAsync(response)).ErrorSummary());
        Assert.Equal("/account/change-password", (await factory.CreateBrowserlessClient().SignInAsync("kim.newcomer@example.org", temporary)).Location());
    }

    [Fact]
    public async Task A_common_password_cannot_be_chosen_as_the_new_one()
    {
        var (staff, temporary) = await NewStaffMember("lee.newcomer@example.org");

        var response = await ChangePassword(staff, temporary, "Liverpool2024");

        Assert.Equal([CommonPasswordValidator.Message], (await PortalClient.ParseAsync(response)).ErrorSummary());
    }

    private async Task<(HttpClient Staff, string TemporaryPassword)> NewStaffMember(string email)
    {
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync("admin@example.org");
        var created = await PortalClient.ParseAsync(await admin.SubmitFormAsync("/administration/staff/new", new Dictionary<string, string>
        {
            ["FullName"] = "New Reviewer",
            ["Email"] = email,
            ["Role"] = "Reviewer",
        }));
        var temporary = created.QuerySelector("#temporary-password")!.TextContent.Trim();
        var staff = factory.CreateBrowserlessClient();
        await staff.SignInAsync(email, temporary);
        return (staff, temporary);
    }

    private static Task<HttpResponseMessage> ChangePassword(HttpClient client, string current, string next) =>
        client.SubmitFormAsync("/account/change-password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = current,
            ["NewPassword"] = next,
            ["ConfirmPassword"] = next,
        });
}

using System.Net;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DirectPayments.Web.IntegrationTests.Security;

/// <summary>
/// Issue 16: after 5 wrong passwords only real accounts said "locked" (so the answer told who has an account), and
/// anyone could lock any member of staff out for 15 minutes from anywhere. Wrong passwords are now counted by address
/// from one place, by address from anywhere and by place, for every address alike.
/// </summary>
public sealed class SignInLimitTests
{
    private const string Wrong = "Not-The-Passw0rd";

    [Fact]
    public async Task An_address_with_no_account_is_held_back_in_the_same_words_as_a_real_one()
    {
        using var factory = new PlacesFactory();

        var real = await SummaryAfterSixAsync(factory.From("10.0.0.1"), "reviewer@example.org");
        var nobody = await SummaryAfterSixAsync(factory.From("10.0.0.2"), "no.such.person@example.org");

        Assert.Equal(["Your account is locked because of too many attempts to sign in. Try again in 15 minutes"], real);
        Assert.Equal(real, nobody);
    }

    [Fact]
    public async Task Five_wrong_passwords_hold_back_the_place_they_came_from_even_with_the_right_password()
    {
        using var factory = new PlacesFactory();
        var guesser = factory.From("10.0.0.9");
        await GuessAsync(guesser, "casemanager@example.org", 5);

        var response = await guesser.SignInAsync("casemanager@example.org");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/account/sign-in", (await guesser.GetAsync("/case-management")).Location()?.Split('?')[0]);
    }

    [Fact]
    public async Task Wrong_passwords_from_one_place_do_not_lock_the_person_out_from_another()
    {
        using var factory = new PlacesFactory();
        await GuessAsync(factory.From("203.0.113.7"), "casemanager@example.org", 10);

        var response = await factory.From("10.1.1.1").SignInAsync("casemanager@example.org");

        Assert.Equal("/case-management", response.Location());
    }

    [Fact]
    public async Task Twenty_wrong_passwords_from_many_places_hold_the_address_back_everywhere()
    {
        using var factory = new PlacesFactory();
        for (var place = 1; place <= 5; place++)
        {
            await GuessAsync(factory.From($"198.51.100.{place}"), "finance@example.org", 4);
        }

        var response = await factory.From("10.1.1.2").SignInAsync("finance@example.org");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Fifty_wrong_passwords_from_one_place_for_any_addresses_hold_that_place_back()
    {
        using var factory = new PlacesFactory();
        var sprayer = factory.From("192.0.2.50");
        for (var i = 0; i < 50; i++)
        {
            await WrongAsync(sprayer, $"guess.{i}@example.org");
        }

        var response = await sprayer.SignInAsync("citizen@example.org");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/citizen", (await factory.From("10.1.1.3").SignInAsync("citizen@example.org")).Location());
    }

    [Fact]
    public async Task After_fifteen_minutes_the_person_may_try_again()
    {
        using var factory = new PlacesFactory();
        var person = factory.From("10.0.0.15");
        await GuessAsync(person, "citizen2@example.org", 5);

        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        var response = await person.SignInAsync("citizen2@example.org");

        Assert.Equal("/citizen", response.Location());
    }

    [Fact]
    public async Task Wrong_passwords_sent_at_the_same_moment_all_count()
    {
        using var factory = new PlacesFactory();
        var clients = Enumerable.Range(0, 5).Select(_ => factory.From("10.0.0.77")).ToList();
        foreach (var client in clients)
        {
            await client.GetAsync("/account/sign-in");
        }

        var answers = await Task.WhenAll(clients.Select(c => c.SignInAsync("reviewer@example.org", Wrong)));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var response = await factory.From("10.0.0.77").SignInAsync("reviewer@example.org");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task GuessAsync(HttpClient client, string email, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await WrongAsync(client, email);
        }
    }

    /// <summary>A wrong password, answered as one (the page again, with an error), so that every guess is known to have counted.</summary>
    private static async Task WrongAsync(HttpClient client, string email)
    {
        var response = await client.SignInAsync(email, Wrong);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"A wrong password for {email} was answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static async Task<IReadOnlyList<string>> SummaryAfterSixAsync(HttpClient client, string email)
    {
        await GuessAsync(client, email, 5);
        return (await PortalClient.ParseAsync(await client.SignInAsync(email, Wrong))).ErrorSummary();
    }

    /// <summary>A portal that takes each client's network address from a test header, as a real one has it from the connection.</summary>
    private sealed class PlacesFactory : PortalFactory
    {
        public HttpClient From(string address)
        {
            var client = CreateBrowserlessClient();
            client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
            return client;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
        }
    }
}

using DirectPayments.Infrastructure.Data;
using DirectPayments.Web.IntegrationTests.Support;
using Microsoft.AspNetCore.DataProtection;

namespace DirectPayments.Web.Tests.Infrastructure;

/// <summary>
/// A stored account number is decrypted once and then remembered with what it reads as (ADR 33): the same ciphertext
/// always reads as the same number, so a council's lists stop paying for each decryption on every view.
/// </summary>
public sealed class AccountNumberReadingTests
{
    private const string Card = "4929000000001234";

    [Fact]
    public void A_stored_number_read_again_is_not_decrypted_again()
    {
        var keys = Keys();
        var protection = new AccountNumberProtection(keys, "test");
        var stored = protection.Encrypt(Card);

        var reads = Enumerable.Range(0, 5).Select(_ => protection.Decrypt(stored)).ToList();

        Assert.All(reads, number => Assert.Equal(Card, number));
        Assert.Equal(1, keys.Unprotected);
    }

    [Fact]
    public void The_same_number_stored_twice_is_two_ciphertexts_each_read_as_the_number()
    {
        var protection = new AccountNumberProtection(Keys(), "test");

        var (first, second) = (protection.Encrypt(Card), protection.Encrypt(Card));

        Assert.NotEqual(first, second);
        Assert.Equal((Card, Card), (protection.Decrypt(first), protection.Decrypt(second)));
    }

    [Fact]
    public void Numbers_past_the_remembered_bound_are_still_read_right()
    {
        var keys = Keys();
        var protection = new AccountNumberProtection(keys, "test");
        var numbers = Enumerable.Range(0, AccountNumberProtection.NumbersRemembered + 2).Select(i => $"40112200{i:D8}").ToList();
        var stored = numbers.Select(protection.Encrypt).ToList();

        var read = stored.Select(protection.Decrypt).Concat(stored.Take(2).Select(protection.Decrypt)).ToList();

        Assert.Equal(numbers.Concat(numbers.Take(2)), read);
    }

    [Fact]
    public void A_number_stored_in_clear_before_encryption_is_read_as_it_is()
    {
        var keys = Keys();

        Assert.Equal(Card, new AccountNumberProtection(keys, "test").Decrypt(Card));
        Assert.Equal(0, keys.Unprotected);
    }

    [Fact]
    public void Many_numbers_read_at_once_come_back_in_their_order_each_as_itself()
    {
        var protection = new AccountNumberProtection(Keys(), "test");
        var numbers = Enumerable.Range(0, 3_000).Select(i => $"40112200{i:D8}").ToList();
        List<string> stored = [.. numbers.Select(protection.Encrypt), Card];

        var read = protection.DecryptAll(stored);

        Assert.Equal([.. numbers, Card], read);
    }

    [Fact]
    public void Numbers_read_at_once_are_not_remembered()
    {
        var keys = Keys();
        var protection = new AccountNumberProtection(keys, "test");
        var stored = protection.Encrypt(Card);

        protection.DecryptAll([stored]);
        protection.Decrypt(stored);

        Assert.Equal(2, keys.Unprotected);
    }

    [Fact]
    public void Numbers_read_ahead_are_not_decrypted_again_as_they_are_read_even_more_than_the_memory_holds()
    {
        var keys = Keys();
        var protection = new AccountNumberProtection(keys, "test");
        var numbers = Enumerable.Range(0, AccountNumberProtection.NumbersRemembered + 1).Select(i => $"40112200{i:D8}").ToList();
        var stored = numbers.Select(protection.Encrypt).ToList();

        using (protection.ReadAhead(stored))
        {
            Assert.Equal(numbers, stored.Select(protection.Decrypt));
        }

        Assert.Equal(numbers.Count, keys.Unprotected);
    }

    [Fact]
    public void Numbers_already_remembered_are_not_decrypted_again_ahead()
    {
        var keys = Keys();
        var protection = new AccountNumberProtection(keys, "test");
        var stored = protection.Encrypt(Card);
        protection.Decrypt(stored);

        using (protection.ReadAhead([stored, stored]))
        {
            Assert.Equal(Card, protection.Decrypt(stored));
        }

        Assert.Equal(1, keys.Unprotected);
    }

    [Fact]
    public void A_councils_worth_read_ahead_is_remembered_for_the_next_read()
    {
        var keys = Keys();
        var protection = new AccountNumberProtection(keys, "test");
        var stored = protection.Encrypt(Card);

        protection.ReadAhead([stored]).Dispose();

        Assert.Equal(Card, protection.Decrypt(stored));
        Assert.Equal(1, keys.Unprotected);
    }

    [Fact]
    public void More_read_ahead_than_the_memory_holds_is_forgotten_when_the_read_ends()
    {
        var keys = Keys();
        var protection = new AccountNumberProtection(keys, "test");
        var stored = Enumerable.Range(0, AccountNumberProtection.NumbersRemembered + 1).Select(i => protection.Encrypt($"40112200{i:D8}")).ToList();

        protection.ReadAhead(stored).Dispose();

        Assert.Equal("4011220000000000", protection.Decrypt(stored[0]));
        Assert.Equal(stored.Count + 1, keys.Unprotected);
    }

    [Fact]
    public void Numbers_read_ahead_are_not_found_by_another_flow_of_work()
    {
        var keys = Keys();
        var protection = new AccountNumberProtection(keys, "test");
        var stored = Enumerable.Range(0, AccountNumberProtection.NumbersRemembered + 1).Select(i => protection.Encrypt($"40112200{i:D8}")).ToList();
        var anotherRequest = ExecutionContext.Capture()!;
        using var ahead = protection.ReadAhead(stored);

        string? read = null;
        ExecutionContext.Run(anotherRequest, _ => read = protection.Decrypt(stored[0]), null);

        Assert.Equal("4011220000000000", read);
        Assert.Equal(stored.Count + 1, keys.Unprotected);
    }

    // Data Protection with throwaway keys, counting what it decrypts.
    private static CountingKeys Keys() => new(new EphemeralDataProtectionProvider());
}

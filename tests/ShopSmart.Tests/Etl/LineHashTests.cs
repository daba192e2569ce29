using ShopSmart.Etl.Cleaning;

namespace ShopSmart.Tests.Etl;

public sealed class LineHashTests
{
    private static readonly DateTime At = new(2010, 12, 1, 8, 26, 0);

    private static Guid Hash(
        string invoice = "536365", string stock = "85123A", string? description = "WHITE HANGING HEART T-LIGHT HOLDER",
        int quantity = 6, DateTime? at = null, decimal price = 2.55m, string? customer = "17850", string? country = "United Kingdom") =>
        LineHash.Of(invoice, stock, description, quantity, at ?? At, price, customer, country);

    [Fact]
    public void The_same_values_give_the_same_hash_whatever_the_decimal_scale()
    {
        Assert.Equal(Hash(), Hash());
        Assert.Equal(Hash(price: 2.55m), Hash(price: 2.5500m));
    }

    [Fact]
    public void A_change_in_any_of_the_eight_values_changes_the_hash()
    {
        var hashes = new[]
        {
            Hash(), Hash(invoice: "536366"), Hash(stock: "85123a"), Hash(description: "WHITE HANGING HEART T-LIGHT  HOLDER"),
            Hash(quantity: 7), Hash(at: At.AddSeconds(1)), Hash(price: 2.5501m), Hash(customer: "17851"), Hash(country: "France"),
        };

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }

    [Fact]
    public void Space_around_a_value_is_not_part_of_it_so_a_trimmed_or_padded_copy_is_the_same_line()
    {
        // A re-export by Google Sheets or pandas trims; sqlcmd without -W pads every value to its column's width
        Assert.Equal(Hash(), Hash(description: "WHITE HANGING HEART T-LIGHT HOLDER "));
        Assert.Equal(Hash(), Hash(invoice: "536365   ", stock: "85123A              ", description: "\tWHITE HANGING HEART T-LIGHT HOLDER\u00A0",
            customer: " 17850", country: "United Kingdom\u3000"));
        Assert.Equal(Hash(description: string.Empty), Hash(description: "   "));
        Assert.NotEqual(Hash(description: null), Hash(description: "   "));
    }

    [Fact]
    public void The_hash_of_a_line_never_changes_because_warehouses_store_it()
    {
        // Given the first line of the UCI file; its hash is in every warehouse that loaded it
        // Then it is the value it has always been (changing LineHash would make reloads double-count)
        Assert.Equal(Guid.Parse("f270051f-dc4b-38f1-cc6b-3f100a0c68c9"), Hash());
    }

    [Fact]
    public void A_missing_value_differs_from_an_empty_one_and_values_do_not_run_into_each_other()
    {
        Assert.NotEqual(Hash(customer: null), Hash(customer: string.Empty));
        Assert.NotEqual(Hash(description: null), Hash(description: string.Empty));
        Assert.NotEqual(Hash(invoice: "5363", stock: "6585123A"), Hash(invoice: "536365", stock: "85123A"));
    }
}

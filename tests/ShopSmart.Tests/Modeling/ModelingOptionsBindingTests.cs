using Microsoft.Extensions.Configuration;
using ShopSmart.Core.Runs;
using ShopSmart.Modeling.Commands;

namespace ShopSmart.Tests.Modeling;

/// <summary>The Modeling section as both `train` and `shopsmart run` bind it.</summary>
public sealed class ModelingOptionsBindingTests
{
    private static IConfiguration Config(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    [Fact]
    public void The_sample_sizes_bind_from_configuration()
    {
        var options = ModelingJob.BindOptions(Config(("Modeling:SegmentSelectionCustomers", "5000"), ("Modeling:ProductTrainingCustomers", "800")));

        Assert.Equal(5_000, options.SegmentSelectionCustomers);
        Assert.Equal(800, options.ProductTrainingCustomers);
    }

    [Theory]
    [InlineData("Modeling:SegmentSelectionCustomers")]
    [InlineData("Modeling:ProductTrainingCustomers")]
    public void A_sample_smaller_than_the_minimum_customers_is_refused_naming_the_settings(string key)
    {
        var error = Assert.Throws<BadInputException>(() => ModelingJob.BindOptions(Config((key, "49"))));

        Assert.Contains(key, error.Message);
        Assert.Contains("Modeling:MinCustomers (50)", error.Message);
    }
}

using ShopSmart.Core.Configuration;

namespace ShopSmart.Tests.Core;

public sealed class SecretMaskerTests
{
    [Theory]
    [InlineData("Server=db;Database=s;User Id=etl;Password=Hunter2!;", "Server=db;Database=s;User Id=etl;Password=***;")]
    [InlineData("load x --connection \"Server=db;pwd=abc;Encrypt=true\"", "load x --connection \"Server=db;pwd=***;Encrypt=true\"")]
    [InlineData("Password = 'a;b';Server=x", "Password=***;Server=x")]
    [InlineData("no secrets here", "no secrets here")]
    public void Passwords_never_reach_logs(string text, string expected) => Assert.Equal(expected, SecretMasker.Mask(text));
}

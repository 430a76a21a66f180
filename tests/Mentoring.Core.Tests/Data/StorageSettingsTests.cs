using Mentoring.Core.Data;
using Microsoft.Extensions.Configuration;

namespace Mentoring.Core.Tests.Data;

public sealed class StorageSettingsTests
{
    [Fact]
    public void From_IsASqliteFileInTheDataFolder_WhenNothingIsConfigured()
    {
        var settings = StorageSettings.From(Configuration(), "/srv/mentoring");

        Assert.Equal(StorageProvider.Sqlite, settings.Provider);
        Assert.Equal("Data Source=/srv/mentoring/data/mentoring.db", settings.ConnectionString);
        Assert.True(settings.MigratesAtStart);
    }

    [Theory]
    [InlineData("postgresql", StorageProvider.PostgreSQL)]
    [InlineData("Postgres", StorageProvider.PostgreSQL)]
    [InlineData("SQLSERVER", StorageProvider.SqlServer)]
    public void From_ReadsTheProvider_IgnoringCase(string value, StorageProvider expected)
    {
        var settings = StorageSettings.From(Configuration(("Storage:Provider", value), ("ConnectionStrings:Mentoring", "Database=m")), "/");

        Assert.Equal(expected, settings.Provider);
        Assert.False(settings.MigratesAtStart);
    }

    [Theory]
    [InlineData("Oracle")]
    [InlineData("3")]
    public void From_NamesTheSettingAndTheChoices_WhenTheProviderIsUnknown(string value)
    {
        var e = Assert.Throws<InvalidSettingException>(() => StorageSettings.From(Configuration(("Storage:Provider", value)), "/"));

        Assert.Equal("Storage:Provider", e.Setting);
        Assert.Contains("Sqlite", e.Message, StringComparison.Ordinal);
        Assert.Contains("PostgreSQL", e.Message, StringComparison.Ordinal);
        Assert.Contains("SqlServer", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_AsksForAConnectionString_WhenAServerProviderHasNone()
    {
        var e = Assert.Throws<InvalidSettingException>(() => StorageSettings.From(Configuration(("Storage:Provider", "PostgreSQL")), "/"));

        Assert.Equal("ConnectionStrings:Mentoring", e.Setting);
        Assert.Contains("Host=", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PostgreSQL", "Host=db;Nonsense=1")]
    [InlineData("PostgreSQL", "this is not a connection string")]
    [InlineData("SqlServer", "Server=x;Bogus Keyword=2")]
    [InlineData("Sqlite", "Cache=Weird")]
    public void From_RefusesAMalformedConnectionString(string provider, string connectionString)
    {
        var e = Assert.Throws<InvalidSettingException>(() =>
            StorageSettings.From(Configuration(("Storage:Provider", provider), ("ConnectionStrings:Mentoring", connectionString)), "/"));

        Assert.Equal("ConnectionStrings:Mentoring", e.Setting);
    }

    [Fact]
    public void From_RefusesAMigrateOnStartThatIsNotABoolean()
    {
        var e = Assert.Throws<InvalidSettingException>(() => StorageSettings.From(Configuration(("Storage:MigrateOnStart", "yes")), "/"));

        Assert.Equal("Storage:MigrateOnStart", e.Setting);
    }

    [Fact]
    public void Describe_HidesThePassword()
    {
        var settings = new StorageSettings(StorageProvider.PostgreSQL, "Host=db.example;Port=5433;Database=mentoring;Username=u;Password=s3cret", false);

        Assert.Equal("PostgreSQL database mentoring on db.example:5433", settings.Describe());
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}

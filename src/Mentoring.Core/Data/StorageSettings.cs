using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Mentoring.Core.Data;

/// <summary>
/// Which database holds the programme: <c>Storage:Provider</c> and <c>ConnectionStrings:Mentoring</c>,
/// read and checked once at start. Without settings it is a SQLite file in the host's data folder.
/// </summary>
public sealed record StorageSettings(StorageProvider Provider, string ConnectionString, bool MigrateOnStart)
{
    public const string ProviderKey = "Storage:Provider";
    public const string MigrateOnStartKey = "Storage:MigrateOnStart";
    public const string ConnectionStringKey = "ConnectionStrings:Mentoring";

    /// <summary>SQLite migrates at every start: it is the embedded default and has nobody to run a migration step.</summary>
    public bool MigratesAtStart => Provider == StorageProvider.Sqlite || MigrateOnStart;

    public static StorageSettings From(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var provider = ReadProvider(configuration[ProviderKey]);
        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = provider == StorageProvider.Sqlite
                ? $"Data Source={Path.Combine(contentRoot, "data", "mentoring.db")}"
                : throw new InvalidSettingException(ConnectionStringKey, $"is empty, and {provider} needs one, for example \"{Example(provider)}\".");
        }

        Validate(provider, connectionString);
        var migrate = configuration[MigrateOnStartKey];
        if (migrate is not null && !bool.TryParse(migrate, out _))
        {
            throw new InvalidSettingException(MigrateOnStartKey, $"is '{migrate}'; use true or false.");
        }

        return new StorageSettings(provider, connectionString, migrate is not null && bool.Parse(migrate));
    }

    /// <summary>Where the data is, without secrets: for the landing page and logs.</summary>
    public string Describe()
    {
        switch (Provider)
        {
            case StorageProvider.Sqlite:
                return $"SQLite file {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
            case StorageProvider.PostgreSQL:
                var pg = new NpgsqlConnectionStringBuilder(ConnectionString);
                return $"PostgreSQL database {pg.Database} on {pg.Host}:{pg.Port}";
            default:
                var sql = new SqlConnectionStringBuilder(ConnectionString);
                return $"SQL Server database {sql.InitialCatalog} on {sql.DataSource}";
        }
    }

    private static StorageProvider ReadProvider(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return StorageProvider.Sqlite;
        }

        if (value.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            return StorageProvider.PostgreSQL;
        }

        return Enum.TryParse<StorageProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidSettingException(ProviderKey, $"'{value}' is not a storage provider; use Sqlite (the default), PostgreSQL or SqlServer.");
    }

    private static void Validate(StorageProvider provider, string connectionString)
    {
        try
        {
            DbConnectionStringBuilder builder = provider switch
            {
                StorageProvider.Sqlite => new SqliteConnectionStringBuilder(connectionString),
                StorageProvider.PostgreSQL => new NpgsqlConnectionStringBuilder(connectionString),
                _ => new SqlConnectionStringBuilder(connectionString),
            };
            if (provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(((SqliteConnectionStringBuilder)builder).DataSource))
            {
                throw new ArgumentException("it names no Data Source");
            }
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidSettingException(ConnectionStringKey, $"is not a valid {provider} connection string ({e.Message}); for example \"{Example(provider)}\".", e);
        }
    }

    private static string Example(StorageProvider provider) => provider switch
    {
        StorageProvider.Sqlite => "Data Source=data/mentoring.db",
        StorageProvider.PostgreSQL => "Host=localhost;Database=mentoring;Username=mentoring;Password=…",
        _ => "Server=localhost;Database=Mentoring;User Id=mentoring;Password=…;TrustServerCertificate=true",
    };
}

using System.Data.Common;
using Npgsql;

namespace Mentoring.Core.Data;

/// <summary>
/// The connection settings a turn-per-request service wants from Npgsql, unless the connection
/// string says otherwise. Our contexts leave no session state behind (no SET, temporary tables or
/// advisory locks), so a pooled connection need not be reset on every return (a DISCARD ALL per
/// query otherwise, which also throws away prepared statements); and the same few statements run
/// on every turn, so they are prepared once per connection instead of parsed and planned each time.
/// </summary>
public static class PostgreSqlConnections
{
    /// <summary>Statements kept prepared per connection: a turn's own, the outbox's and the jobs' hottest.</summary>
    public const int MaxAutoPrepare = 64;

    public static string Tune(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var keys = given.Keys.Cast<string>().Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!keys.Contains("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!keys.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        return builder.ConnectionString;
    }
}

using Mentoring.Core.Data;
using Npgsql;

namespace Mentoring.Core.Tests.Data;

public sealed class PostgreSqlConnectionsTests
{
    [Fact]
    public void Tune_KeepsPreparedStatementsAndSkipsTheReset_WhenTheConnectionStringSaysNothing()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgreSqlConnections.Tune("Host=db;Database=mentoring;Username=m;Password=p"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(PostgreSqlConnections.MaxAutoPrepare, tuned.MaxAutoPrepare);
        Assert.Equal(("db", "mentoring", "m", "p"), (tuned.Host, tuned.Database, tuned.Username, tuned.Password));
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db;noresetonclose=false;MAXAUTOPREPARE=0")]
    public void Tune_LeavesWhatTheConnectionStringSets(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgreSqlConnections.Tune(connectionString));

        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }
}

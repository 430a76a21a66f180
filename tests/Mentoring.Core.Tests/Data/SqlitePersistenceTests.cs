namespace Mentoring.Core.Tests.Data;

public sealed class SqlitePersistenceTests(SqliteTestDatabase database)
    : PersistenceTests(database), IClassFixture<SqliteTestDatabase>;

namespace Mentoring.Core.Tests.Data;

public sealed class PostgreSqlPersistenceTests(PostgreSqlTestDatabase database)
    : PersistenceTests(database), IClassFixture<PostgreSqlTestDatabase>;

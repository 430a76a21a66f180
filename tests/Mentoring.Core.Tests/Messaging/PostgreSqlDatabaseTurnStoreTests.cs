using Mentoring.Core.Tests.Data;

namespace Mentoring.Core.Tests.Messaging;

public sealed class PostgreSqlDatabaseTurnStoreTests : DatabaseTurnStoreTests
{
    protected override TestDatabase NewDatabase() => new PostgreSqlTestDatabase();
}

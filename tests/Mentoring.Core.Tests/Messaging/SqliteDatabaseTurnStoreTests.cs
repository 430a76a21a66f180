using Mentoring.Core.Tests.Data;

namespace Mentoring.Core.Tests.Messaging;

public sealed class SqliteDatabaseTurnStoreTests : DatabaseTurnStoreTests
{
    protected override TestDatabase NewDatabase() => new SqliteTestDatabase();
}

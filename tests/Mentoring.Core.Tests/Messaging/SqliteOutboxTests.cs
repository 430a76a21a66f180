using Mentoring.Core.Tests.Data;

namespace Mentoring.Core.Tests.Messaging;

public sealed class SqliteOutboxTests : OutboxTests
{
    protected override TestDatabase NewDatabase() => new SqliteTestDatabase();
}

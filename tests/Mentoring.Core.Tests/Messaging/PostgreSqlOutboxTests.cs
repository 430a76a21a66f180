using Mentoring.Core.Tests.Data;

namespace Mentoring.Core.Tests.Messaging;

public sealed class PostgreSqlOutboxTests : OutboxTests
{
    protected override TestDatabase NewDatabase() => new PostgreSqlTestDatabase();
}

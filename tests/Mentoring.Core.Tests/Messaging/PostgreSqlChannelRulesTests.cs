using Mentoring.Core.Tests.Data;

namespace Mentoring.Core.Tests.Messaging;

public sealed class PostgreSqlChannelRulesTests : ChannelRulesTests
{
    protected override TestDatabase NewDatabase() => new PostgreSqlTestDatabase();
}

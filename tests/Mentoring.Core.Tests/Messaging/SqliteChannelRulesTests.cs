using Mentoring.Core.Tests.Data;

namespace Mentoring.Core.Tests.Messaging;

public sealed class SqliteChannelRulesTests : ChannelRulesTests
{
    protected override TestDatabase NewDatabase() => new SqliteTestDatabase();
}

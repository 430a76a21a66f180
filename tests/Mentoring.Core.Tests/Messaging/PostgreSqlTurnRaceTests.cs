using Mentoring.Core.Tests.Data;

namespace Mentoring.Core.Tests.Messaging;

public sealed class PostgreSqlTurnRaceTests : TurnRaceTests
{
    protected override TestDatabase NewDatabase() => new PostgreSqlTestDatabase();
}

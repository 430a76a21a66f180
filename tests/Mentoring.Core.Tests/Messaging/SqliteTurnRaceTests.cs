using Mentoring.Core.Tests.Data;

namespace Mentoring.Core.Tests.Messaging;

public sealed class SqliteTurnRaceTests : TurnRaceTests
{
    protected override TestDatabase NewDatabase() => new SqliteTestDatabase();
}

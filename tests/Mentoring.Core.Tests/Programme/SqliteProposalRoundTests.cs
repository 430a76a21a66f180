using Mentoring.Core.Tests.Data;

namespace Mentoring.Core.Tests.Programme;

public sealed class SqliteProposalRoundTests : ProposalRoundTests
{
    protected override TestDatabase NewDatabase() => new SqliteTestDatabase();
}

using Mentoring.Core.Tests.Data;

namespace Mentoring.Core.Tests.Programme;

public sealed class PostgreSqlProposalRoundTests : ProposalRoundTests
{
    protected override TestDatabase NewDatabase() => new PostgreSqlTestDatabase();
}

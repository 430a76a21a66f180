using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mentoring.Core.Data.DesignTime;

/// <summary>For <c>dotnet ef</c>: builds the context without starting the host. Never connects.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlMentoringDbContext>
{
    public PostgreSqlMentoringDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgreSqlMentoringDbContext>();
        StorageServiceCollectionExtensions.UsePostgreSql(options, "Host=localhost;Database=mentoring");
        return new PostgreSqlMentoringDbContext(options.Options);
    }
}

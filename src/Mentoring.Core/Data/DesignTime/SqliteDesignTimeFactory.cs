using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mentoring.Core.Data.DesignTime;

/// <summary>For <c>dotnet ef</c>: builds the context without starting the host. Never connects.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteMentoringDbContext>
{
    public SqliteMentoringDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteMentoringDbContext>();
        StorageServiceCollectionExtensions.UseSqlite(options, "Data Source=design-time.db");
        return new SqliteMentoringDbContext(options.Options);
    }
}

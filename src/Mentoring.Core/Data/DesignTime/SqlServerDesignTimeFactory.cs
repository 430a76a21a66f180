using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Mentoring.Core.Data.DesignTime;

/// <summary>For <c>dotnet ef</c>: builds the context without starting the host. Never connects.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerMentoringDbContext>
{
    public SqlServerMentoringDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqlServerMentoringDbContext>();
        StorageServiceCollectionExtensions.UseSqlServer(options, "Server=localhost;Database=Mentoring;TrustServerCertificate=true");
        return new SqlServerMentoringDbContext(options.Options);
    }
}

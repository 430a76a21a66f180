using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Mentoring.Core.Data;

public sealed class SqliteMentoringDbContext(DbContextOptions<SqliteMentoringDbContext> options) : MentoringDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date type; as text, DateTimeOffset cannot be compared or ordered in SQL.
        // As a number it can, and the jobs' "due before now" queries need exactly that.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

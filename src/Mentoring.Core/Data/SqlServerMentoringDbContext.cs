using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Data;

public sealed class SqlServerMentoringDbContext(DbContextOptions<SqlServerMentoringDbContext> options) : MentoringDbContext(options);

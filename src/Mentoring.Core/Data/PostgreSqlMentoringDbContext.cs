using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Data;

public sealed class PostgreSqlMentoringDbContext(DbContextOptions<PostgreSqlMentoringDbContext> options) : MentoringDbContext(options);

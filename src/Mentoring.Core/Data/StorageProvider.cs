namespace Mentoring.Core.Data;

public enum StorageProvider
{
    Sqlite,
    PostgreSQL,
    SqlServer,
}

using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Data;

/// <summary>
/// A query compiled once for each kind of context: EF Core runs a compiled query only with the
/// model it was compiled against, and each provider's context has a model of its own (a process
/// may use two, as the tests do).
/// </summary>
public sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<Type, TQuery> queries = new();

    public TQuery For(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return queries.GetOrAdd(db.GetType(), _ => compile());
    }
}

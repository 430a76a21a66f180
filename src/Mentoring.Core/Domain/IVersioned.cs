namespace Mentoring.Core.Domain;

/// <summary>
/// An entity two writers can meet on (two host instances, a job and a turn). The context bumps
/// <see cref="Version"/> on every update and the update only succeeds if the stored version is
/// still the one that was read: the loser gets a concurrency exception and re-reads.
/// </summary>
public interface IVersioned
{
    long Version { get; }
}

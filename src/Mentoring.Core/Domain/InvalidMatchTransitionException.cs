namespace Mentoring.Core.Domain;

public sealed class InvalidMatchTransitionException(MatchState from, MatchState to)
    : DomainRuleException($"A match cannot go from {from} to {to}.")
{
    public MatchState From { get; } = from;

    public MatchState To { get; } = to;
}

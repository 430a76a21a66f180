using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Pipeline;

/// <summary>What a turn came to: run (with its replies and invoke answer) or dropped as a duplicate.</summary>
public sealed record TurnResult(bool IsDuplicate, IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse)
{
    public static TurnResult Duplicate { get; } = new(true, [], null);
}

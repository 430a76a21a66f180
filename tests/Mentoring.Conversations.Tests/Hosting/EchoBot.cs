using System.Text.Json;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Tests.Hosting;

/// <summary>Answers "echo: …", welcomes new members, answers the invoke named "ping". Counts its turns.</summary>
public sealed class EchoBot : IBot
{
    private int turns;

    public int Turns => turns;

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref turns);
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.Message:
                turnContext.Send(new Activity { Text = $"echo: {activity.Text}" });
                break;
            case ActivityTypes.ConversationUpdate:
                foreach (var member in activity.MembersAdded ?? [])
                {
                    if (member.Id != activity.Recipient?.Id)
                    {
                        turnContext.Send(new Activity { Text = $"welcome {member.Name}" });
                    }
                }

                break;
            case ActivityTypes.Invoke when activity.Name == "ping":
                turnContext.InvokeResponse = new InvokeResponse(200, JsonSerializer.SerializeToElement(new { pong = true }));
                break;
        }

        return Task.CompletedTask;
    }
}

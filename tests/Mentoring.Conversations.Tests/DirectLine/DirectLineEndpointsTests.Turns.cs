using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Tests.DirectLine;

public sealed partial class DirectLineEndpointsTests
{
    [Fact]
    public async Task PostActivity_AppendsTypingButRunsNoTurn()
    {
        var (conversationId, token) = await OpenAsync();
        var turns = host.Bot.Turns;

        var id = await Client.PostActivityAsync(conversationId, token, new { type = "typing", from = new { id = "web-user", role = "user" } });
        var (activities, _) = await Client.GetActivitiesAsync(conversationId, token);

        Assert.Equal(ActivityTypes.Typing, Assert.Single(activities, a => a.Id == id).Type);
        Assert.DoesNotContain(activities, a => a.ReplyToId == id);
        Assert.Equal(turns, host.Bot.Turns);
    }

    [Fact]
    public async Task PostActivity_GivesDistinctIdsAndStreamsEachEchoBeforeItsReply_WhenTwoArriveAtOnce()
    {
        var (conversationId, token) = await OpenAsync();

        var ids = await Task.WhenAll(
            Client.PostActivityAsync(conversationId, token, Message("one", "c-1")),
            Client.PostActivityAsync(conversationId, token, Message("two", "c-2")));
        var (activities, _) = await Client.GetActivitiesAsync(conversationId, token);

        Assert.NotEqual(ids[0], ids[1]);
        foreach (var id in ids)
        {
            var echo = activities.FindIndex(a => a.Id == id);
            var reply = Assert.Single(activities, a => a.ReplyToId == id);
            Assert.InRange(echo, 0, activities.IndexOf(reply) - 1);
            Assert.Equal("echo: " + activities[echo].Text, reply.Text);
        }

        Assert.Equal(5, activities.Count);
        Assert.Distinct(activities.Select(a => a.Id));
    }
}

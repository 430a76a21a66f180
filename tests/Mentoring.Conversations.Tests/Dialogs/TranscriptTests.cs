using Mentoring.Conversations.Schema;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>Every transcript in <c>Transcripts/</c>, played against the repository's <c>dialogs/</c> folder.</summary>
public sealed class TranscriptTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Dialogs", "Transcripts");

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Folder, "*.yaml").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Transcript_PlaysAsWritten(string file)
    {
        var transcript = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<Transcript>(await File.ReadAllTextAsync(Path.Combine(Folder, file), TestContext.Current.CancellationToken));
        var save = new SaveSampleAction();
        var conversation = new Conversation(SampleDialogs.Catalog, transcript.Channel, transcript.Locale, save);
        var replies = new Queue<Activity>();

        foreach (var (line, index) in transcript.Script.Select((line, index) => (line, index + 1)))
        {
            if (line.User is not null)
            {
                Assert.True(replies.Count == 0, $"Line {index}: the bot also said \"{replies.FirstOrDefault()?.Text}\"");
                replies = new Queue<Activity>(await conversation.SendAsync(line.User));
                continue;
            }

            Assert.True(replies.TryDequeue(out var reply), $"Line {index}: the bot said nothing more, not \"{line.Bot}\"");
            Assert.Equal(line.Bot, reply.Text);
            Assert.Equal(line.Buttons, reply.SuggestedActions?.Actions.Select(button => button.Title) ?? []);
        }

        Assert.True(replies.Count == 0, $"At the end: the bot also said \"{replies.FirstOrDefault()?.Text}\"");
        Assert.Equal(transcript.Saved, save.Saved);
    }
}

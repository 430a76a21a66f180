using Mentoring.Conversations.Schema;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Mentoring.Core.Tests.Conversations;

/// <summary>
/// Every transcript in <c>Transcripts/</c>, played through the turn pipeline against the
/// repository's <c>dialogs/</c>, the programme's actions and a real database: each turn's answers
/// are the outbox rows it committed, exactly as a channel would send them. A transcript of two
/// people checks each person's bot lines in their order; whose comes first within one step is left
/// open, as it is for the service.
/// </summary>
public sealed class TranscriptTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Conversations", "Transcripts");

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Folder, "*.yaml").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Transcript_PlaysAsWritten(string file)
    {
        var transcript = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<Transcript>(await File.ReadAllTextAsync(Path.Combine(Folder, file), TestContext.Current.CancellationToken));
        await using var scene = await TranscriptScene.StartAsync(transcript);
        if (Environment.GetEnvironmentVariable(RecordVariable) is { Length: > 0 } sources)
        {
            await RecordAsync(scene, transcript, Path.Combine(sources, file));
            return;
        }

        var told = new List<(string Who, Activity Reply)>();
        foreach (var (line, index) in transcript.Script.Select((line, index) => (line, index + 1)))
        {
            if (line.Bot is null)
            {
                Assert.True(told.Count == 0, $"Line {index}: the bot also said \"{told.FirstOrDefault().Reply?.Text}\"{To(scene, told.FirstOrDefault().Who)}");
                told = await scene.PlayAsync(line);
                continue;
            }

            var who = line.As ?? scene.First;
            var next = told.FindIndex(said => said.Who == who);
            Assert.True(next >= 0, $"Line {index}: the bot said nothing more{To(scene, who)}, not \"{line.Bot}\"");
            var reply = told[next].Reply;
            told.RemoveAt(next);
            Assert.Equal(line.Bot, reply.Text);
            Assert.Equal(line.Buttons, reply.SuggestedActions?.Actions.Select(button => button.Title) ?? []);
        }

        Assert.True(told.Count == 0, $"At the end: the bot also said \"{told.FirstOrDefault().Reply?.Text}\"{To(scene, told.FirstOrDefault().Who)}");
        Assert.Equal(transcript.Audit, await scene.AuditAsync());
    }

    /// <summary>
    /// Writing a new transcript: set this to the source folder of the transcripts and run the test
    /// with only the <c>user:</c> and <c>service:</c> lines written; the bot's lines are filled in from
    /// what it said. Read every line of the result before committing it: the file is then what the
    /// test holds the bot to.
    /// </summary>
    private const string RecordVariable = "MENTORING_RECORD_TRANSCRIPTS";

    private static string To(TranscriptScene scene, string? who) => scene.HasTwoPeople && who is not null ? $" to the {who}" : string.Empty;

    private static async Task RecordAsync(TranscriptScene scene, Transcript transcript, string path)
    {
        var header = File.ReadLines(path).TakeWhile(line => line.StartsWith('#')).ToList();
        var yaml = new System.Text.StringBuilder();
        header.ForEach(line => yaml.Append(line).Append('\n'));
        yaml.Append("channel: ").Append(transcript.Channel).Append('\n');
        if (transcript.Locale is not null)
        {
            yaml.Append("locale: ").Append(transcript.Locale).Append('\n');
        }

        if (transcript.As is not null)
        {
            yaml.Append("as: ").Append(transcript.As).Append('\n');
        }

        if (transcript.Other is { } other)
        {
            yaml.Append("other: { channel: ").Append(other.Channel).Append(other.Locale is null ? string.Empty : ", locale: " + other.Locale).Append(" }\n");
        }

        if (transcript.Given is not null)
        {
            yaml.Append("given: ").Append(transcript.Given).Append('\n');
        }

        yaml.Append("script:\n");
        foreach (var line in transcript.Script.Where(l => l.Bot is null))
        {
            yaml.Append("  - ").Append(line.As is null ? string.Empty : "as: " + line.As + "\n    ")
                .Append(line.User is null ? "service: " + line.Service : "user: " + Quoted(line.User)).Append('\n');
            foreach (var (who, reply) in await scene.PlayAsync(line))
            {
                var text = reply.Text ?? string.Empty;
                yaml.Append("  - ").Append(who == scene.First ? string.Empty : "as: " + who + "\n    ");
                yaml.Append(text.Contains('\n', StringComparison.Ordinal)
                    ? "bot: |-\n" + string.Concat(text.Split('\n').Select(l => "      " + l + "\n"))
                    : "bot: " + Quoted(text) + "\n");
                if (reply.SuggestedActions?.Actions is { Count: > 0 } buttons)
                {
                    yaml.Append("    buttons: [").AppendJoin(", ", buttons.Select(b => Quoted(b.Title ?? string.Empty))).Append("]\n");
                }
            }
        }

        yaml.Append("audit: [").AppendJoin(", ", await scene.AuditAsync()).Append("]\n");
        await File.WriteAllTextAsync(path, yaml.ToString());
    }

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Dialogs;
using Mentoring.Conversations.Schema;
using Mentoring.Core.Conversations;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Mentoring.Core.Tests.Data;
using Mentoring.Core.Tests.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Mentoring.Core.Tests.Conversations;

/// <summary>
/// Every transcript in <c>Transcripts/</c>, played through the turn pipeline against the
/// repository's <c>dialogs/</c>, the programme's actions and a real database: each turn's answers
/// are the outbox rows it committed, exactly as a channel would send them.
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
        await using var chat = await ProgrammeChat.StartAsync(transcript.Channel, transcript.Locale);
        var replies = new Queue<Activity>();
        if (Environment.GetEnvironmentVariable(RecordVariable) is { Length: > 0 } sources)
        {
            await RecordAsync(chat, transcript, Path.Combine(sources, file));
            return;
        }

        foreach (var (line, index) in transcript.Script.Select((line, index) => (line, index + 1)))
        {
            if (line.User is not null)
            {
                Assert.True(replies.Count == 0, $"Line {index}: the bot also said \"{replies.FirstOrDefault()?.Text}\"");
                replies = new Queue<Activity>(await chat.SendAsync(line.User));
                continue;
            }

            Assert.True(replies.TryDequeue(out var reply), $"Line {index}: the bot said nothing more, not \"{line.Bot}\"");
            Assert.Equal(line.Bot, reply.Text);
            Assert.Equal(line.Buttons, reply.SuggestedActions?.Actions.Select(button => button.Title) ?? []);
        }

        Assert.True(replies.Count == 0, $"At the end: the bot also said \"{replies.FirstOrDefault()?.Text}\"");
        await using var db = await chat.Database.NewContextAsync();
        Assert.Equal(transcript.Audit, await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    /// <summary>
    /// Writing a new transcript: set this to the source folder of the transcripts and run the test
    /// with only the <c>user:</c> lines written; the bot's lines are filled in from what it said. Read
    /// every line of the result before committing it: the file is then what the test holds the bot to.
    /// </summary>
    private const string RecordVariable = "MENTORING_RECORD_TRANSCRIPTS";

    private static async Task RecordAsync(ProgrammeChat chat, Transcript transcript, string path)
    {
        var header = File.ReadLines(path).TakeWhile(line => line.StartsWith('#')).ToList();
        var yaml = new System.Text.StringBuilder();
        header.ForEach(line => yaml.Append(line).Append('\n'));
        yaml.Append("channel: ").Append(transcript.Channel).Append('\n');
        if (transcript.Locale is not null)
        {
            yaml.Append("locale: ").Append(transcript.Locale).Append('\n');
        }

        yaml.Append("script:\n");
        foreach (var line in transcript.Script.Where(l => l.User is not null))
        {
            yaml.Append("  - user: ").Append(Quoted(line.User!)).Append('\n');
            foreach (var reply in await chat.SendAsync(line.User!))
            {
                var text = reply.Text ?? string.Empty;
                yaml.Append(text.Contains('\n', StringComparison.Ordinal)
                    ? "  - bot: |-\n" + string.Concat(text.Split('\n').Select(l => "      " + l + "\n"))
                    : "  - bot: " + Quoted(text) + "\n");
                if (reply.SuggestedActions?.Actions is { Count: > 0 } buttons)
                {
                    yaml.Append("    buttons: [").AppendJoin(", ", buttons.Select(b => Quoted(b.Title ?? string.Empty))).Append("]\n");
                }
            }
        }

        await using var db = await chat.Database.NewContextAsync();
        var audit = await db.AuditEntries.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync();
        yaml.Append("audit: [").AppendJoin(", ", audit).Append("]\n");
        await File.WriteAllTextAsync(path, yaml.ToString());
    }

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

using System.Linq.Expressions;
using Mentoring.Conversations.Schema;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentoring.Core.Tests.Conversations;

/// <summary>
/// The people of a transcript on one service and database, what was given before its script, and
/// what the programme does during it. Every step ends as the service would end it: the notices it
/// wrote are delivered (as the dispatcher does at once), and what each person was told is collected.
/// </summary>
public sealed class TranscriptScene : IAsyncDisposable
{
    public const string Mentor = "mentor";
    public const string Mentee = "mentee";

    private const string OtherNumber = "+4915198765432";

    /// <summary>The first person's chat, which owns the service, the database and the clock the other shares.</summary>
    private readonly ProgrammeChat service;
    private readonly Dictionary<string, ProgrammeChat> people;
    private int auditBefore;

    private TranscriptScene(ProgrammeChat service, Dictionary<string, ProgrammeChat> people, string first)
    {
        this.service = service;
        this.people = people;
        First = first;
    }

    /// <summary>Whose a line is when it does not say.</summary>
    public string First { get; }

    public bool HasTwoPeople => people.Count > 1;

    /// <summary>The programme's settings as the service has them: the defaults.</summary>
    private static ProgrammeOptions Defaults { get; } = new();

    public static async Task<TranscriptScene> StartAsync(Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var twoPeople = transcript.Other is not null;
        if ((twoPeople && transcript.As is not (Mentor or Mentee)) || (transcript.Given is not null && !twoPeople))
        {
            throw new InvalidOperationException("A transcript with a match says who the first person is (as: mentor or as: mentee), and who the other is (other: channel and locale).");
        }

        var first = transcript.As ?? "person";
        var chat = await ProgrammeChat.StartAsync(transcript.Channel, transcript.Locale);
        var people = new Dictionary<string, ProgrammeChat> { [first] = chat };
        if (transcript.Other is { } other)
        {
            var conversation = other.Channel is "sms" or "whatsapp" ? OtherNumber : null;
            people[first == Mentor ? Mentee : Mentor] = chat.Other(other.Channel, other.Locale, conversation ?? $"conversation-{Guid.NewGuid():N}");
        }

        var scene = new TranscriptScene(chat, people, first);
        try
        {
            await scene.GiveAsync(transcript.Given);
        }
        catch
        {
            await scene.DisposeAsync();
            throw;
        }

        return scene;
    }

    /// <summary>One step of the script (a message or the programme's work); what each person was told, the one who acted first.</summary>
    public async Task<List<(string Who, Activity Reply)>> PlayAsync(TranscriptLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var who = line.As ?? First;
        if (!people.TryGetValue(who, out var person))
        {
            throw new InvalidOperationException($"'{who}' is nobody in this transcript ({string.Join(", ", people.Keys)}).");
        }

        var told = new List<(string Who, Activity Reply)>();
        if (line.User is not null)
        {
            told.AddRange((await person.SendAsync(line.User)).Select(reply => (who, reply)));
        }
        else
        {
            await ServeAsync(line.Service ?? throw new InvalidOperationException("A line is user:, service: or bot:."));
        }

        await DeliverAsync();
        foreach (var name in people.Keys.OrderBy(name => name != who))
        {
            told.AddRange((await people[name].NewRepliesAsync()).Select(reply => (name, reply)));
        }

        return told;
    }

    /// <summary>The audit entries written since what was given, in order.</summary>
    public async Task<List<string>> AuditAsync()
    {
        await using var db = await service.Database.NewContextAsync();
        return await db.AuditEntries.OrderBy(a => a.Id).Skip(auditBefore).Select(a => a.Action).ToListAsync();
    }

    public ValueTask DisposeAsync() => service.DisposeAsync();

    private async Task GiveAsync(string? given)
    {
        if (given is null)
        {
            return;
        }

        if (given is not ("signed-up" or "active-match"))
        {
            throw new InvalidOperationException($"given: '{given}' is not known; signed-up or active-match.");
        }

        var mentee = people[Mentee];
        var mentor = people[Mentor];
        await SignUpAsync(mentee, SignUpAnswers.Of(mentee.Locale).AsMentee(), p => p.MenteeProfile != null);
        await SignUpAsync(mentor, SignUpAnswers.Of(mentor.Locale).AsMentor(SignUpAnswers.Of(mentee.Locale)), p => p.MentorProfile != null);
        await ApproveMentorAsync();
        if (given == "active-match")
        {
            await ProposeAsync();
            await DeliverAsync();
            await mentor.SayAsync("1", "1");
            await DeliverAsync();
            await mentee.SayAsync("1", "1");
            await DeliverAsync();
        }

        foreach (var person in people.Values)
        {
            await person.NewRepliesAsync();
        }

        await using var db = await service.Database.NewContextAsync();
        auditBefore = await db.AuditEntries.CountAsync();
    }

    private static async Task SignUpAsync(ProgrammeChat person, IReadOnlyList<string> answers, Expression<Func<Person, bool>> done)
    {
        var last = await person.SayAsync([.. answers]);
        await using var db = await person.Database.NewContextAsync();
        if (!await db.People.AnyAsync(done))
        {
            throw new InvalidOperationException($"The sign-up on {person.Channel} in {person.Locale} did not finish; the bot's last words: {string.Join(" / ", last)}");
        }
    }

    /// <summary>What the programme does by itself, at the time it would: a round, or a job after the days it waits.</summary>
    private async Task ServeAsync(string work)
    {
        await using var db = await service.Database.NewContextAsync();
        var options = Options.Create(Defaults);
        switch (work)
        {
            case "proposal":
                await ProposeAsync();
                break;
            case "check-in":
                service.Time.Advance(TimeSpan.FromDays(Defaults.CheckInIntervalDays));
                await new CheckIns(db, service.Time, options).PromptDueAsync(CancellationToken.None);
                break;
            case "reminder":
                service.Time.Advance(TimeSpan.FromDays(Defaults.CheckInReminderDays));
                await new CheckIns(db, service.Time, options).FollowUpSilenceAsync(CancellationToken.None);
                break;
            case "survey":
                service.Time.Advance(TimeSpan.FromDays(Defaults.FirstSurveyAfterDays));
                await new Surveys(db, service.Time, options).RequestDueAsync(CancellationToken.None);
                break;
            default:
                throw new InvalidOperationException($"service: '{work}' is not known; proposal, check-in, reminder or survey.");
        }
    }

    private async Task ApproveMentorAsync()
    {
        await using var db = await service.Database.NewContextAsync();
        var mentor = await db.MentorProfiles.SingleAsync();
        mentor.Approve("coordinator@test", service.Time.GetUtcNow());
        await db.SaveChangesAsync();
    }

    /// <summary>A round proposes the two to each other, with the reasons a round would give.</summary>
    private async Task ProposeAsync()
    {
        var now = service.Time.GetUtcNow();
        await using var db = await service.Database.NewContextAsync();
        var mentor = await db.People.SingleAsync(p => p.MentorProfile != null && p.Status == PersonStatus.Active);
        var mentee = await db.People.Include(p => p.MenteeProfile).SingleAsync(p => p.MenteeProfile != null && p.Status == PersonStatus.Active);
        var match = new Match(Guid.NewGuid(), mentor.Id, mentee.Id, 80, [new("same-sector", 30), new("shared-language", 20), new("common-time", 10), new("waiting", 5)], now, now.AddHours(72));
        db.Matches.Add(match);
        mentee.MenteeProfile!.MarkProposed();
        await Notice.AddAsync(db, mentor.Id, MessageKind.Proposal, Proposals.ProposalEvent, new { matchId = match.Id }, now, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    /// <summary>Every notice waiting, and those their delivery wrote in turn (a few rounds at most: a loop would be a bug).</summary>
    private async Task DeliverAsync()
    {
        for (var round = 0; round < 5 && await NoticesWaitingAsync(); round++)
        {
            await service.DeliverNoticesAsync();
        }
    }

    private async Task<bool> NoticesWaitingAsync()
    {
        await using var db = await service.Database.NewContextAsync();
        return (await db.Outbox.AsNoTracking().Where(o => o.State == OutboxState.Pending).ToListAsync()).Any(o => o.IsEvent);
    }

    /// <summary>
    /// What the two answer when they sign up, as the other tests do: numbers where there is a list,
    /// words of their language for the day and the free answers. The mentor speaks German and the
    /// mentee's languages, and does the work the mentee wants.
    /// </summary>
    /// <param name="Number">The language as listed at first contact.</param>
    /// <param name="Speaks">The mentee's languages as listed in the question.</param>
    private sealed record SignUpAnswers(string Number, string MondayEvening, string MenteeName, string Speaks, string Job, string MentorName)
    {
        private static readonly Dictionary<string, SignUpAnswers> Local = new()
        {
            ["en"] = new("1", "mon evening", "Amal", "2 12", "nurse", "Jonas"),
            ["de"] = new("2", "Mo abends", "Amal", "2", "Krankenpflegerin", "Jonas"),
            ["ar"] = new("3", "الاثنين مساءً", "أمل", "2", "ممرضة", "كريم"),
            ["uk"] = new("4", "понеділок ввечері", "Олена", "4", "медсестра", "Тарас"),
            ["fr"] = new("5", "lundi soir", "Aminata", "10", "infirmière", "Julien"),
            ["es"] = new("6", "lunes por la noche", "Lucía", "11", "enfermera", "Pablo"),
        };

        public static SignUpAnswers Of(string? locale) =>
            Local.TryGetValue((locale ?? "en")[..2], out var answers) ? answers : throw new InvalidOperationException($"No sign-up answers in '{locale}'.");

        // hello, language, mentee, consent, no reports, name, woman, any mentor, languages, basic
        // German, health care, job, job search, free, town, online ok, summary ok
        public string[] AsMentee() =>
            ["hello", Number, "1", "1", "2", MenteeName, "1", "1", Speaks, "2", "1", Job, "1", MondayEvening, "Nord", "1", "1"];

        // hello, language, volunteer, consent, reports, name, man, any mentee, languages, health care,
        // job search, two mentees, free, town, online ok, summary ok, the five steps of the induction
        public string[] AsMentor(SignUpAnswers mentee) =>
            ["hello", Number, "2", "1", "1", MentorName, "2", "1", "1 " + mentee.Speaks, "1", "1", "2", MondayEvening, "Mitte", "1", "1", "1", "1", "1", "1", "1"];
    }
}

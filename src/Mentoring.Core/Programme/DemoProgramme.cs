using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentoring.Core.Programme;

/// <summary>
/// A made-up but lifelike programme so that a newcomer sees a living system: 40 volunteers and
/// 120 migrants across 8 languages and 12 sectors, some matched, some proposed, most waiting.
/// The same seed gives the same people every time. Phone numbers are from the UK's range reserved
/// for drama (+44 7700 900xxx), so no real phone can ever be messaged.
/// </summary>
public sealed class DemoProgramme(MentoringDbContext db, CodeLists lists, TimeProvider time, IOptions<ProgrammeOptions> options)
{
    public const int MentorCount = 40;
    public const int MenteeCount = 120;
    public const string ConsentVersion = "demo-1";

    private static readonly string[] Towns = ["Mitte", "Nord", "Süd", "Ost", "West", "Altstadt", "Hafen", "Am Park"];
    private static readonly (string Code, int Weight)[] MenteeLanguages =
        [("ar", 30), ("uk", 25), ("fa", 15), ("tr", 10), ("fr", 8), ("es", 7), ("en", 5)];

    private static readonly Dictionary<string, string[]> Names = new()
    {
        ["de"] = ["Anna", "Jonas", "Lena", "Felix", "Marie", "Paul", "Sophie", "Lukas", "Hannah", "Jan"],
        ["ar"] = ["Amal", "Omar", "Rania", "Yusuf", "Layla", "Karim", "Nour", "Samir"],
        ["uk"] = ["Olena", "Andrii", "Iryna", "Dmytro", "Kateryna", "Oleh", "Yulia", "Taras"],
        ["fa"] = ["Maryam", "Reza", "Shirin", "Ali", "Zahra", "Hamid"],
        ["tr"] = ["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Can"],
        ["fr"] = ["Aïcha", "Moussa", "Fatou", "Ibrahim", "Mariam", "Ousmane"],
        ["es"] = ["Lucía", "Carlos", "Valentina", "Andrés", "Camila", "Diego"],
        ["en"] = ["Grace", "Samuel", "Joy", "Daniel", "Faith", "Emmanuel"],
    };

    private readonly Random random = new(20261123);

    /// <summary>Adds the demo people once; false if the programme already has people.</summary>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.People.AnyAsync(cancellationToken))
        {
            return false;
        }

        var now = time.GetUtcNow();
        var mentors = Enumerable.Range(0, MentorCount).Select(i => CreateMentor(i, now)).ToList();
        var mentees = Enumerable.Range(0, MenteeCount).Select(i => CreateMentee(i, now)).ToList();
        db.People.AddRange(mentors);
        db.People.AddRange(mentees);
        db.Matches.AddRange(CreateMatches(mentors, mentees, now));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private Person CreateMentor(int index, DateTimeOffset now)
    {
        var joined = now - Days(random.Next(30, 400));
        var person = Consented(joined, "de", Channels.WebChat, $"demo-mentor-{index:D2}");
        var gender = random.Next(100) < 60 ? Gender.Woman : Gender.Man;
        person.Describe(Pick(Names["de"]), gender, Pick(Towns));
        var languages = new List<LanguageSkill> { new("de", LanguageLevel.Native) };
        if (random.Next(100) < 65)
        {
            languages.Add(new LanguageSkill("en", random.Next(2) == 0 ? LanguageLevel.Fluent : LanguageLevel.Conversational));
        }

        if (random.Next(100) < 45)
        {
            var other = Weighted(MenteeLanguages.Where(l => l.Code != "en").ToArray());
            languages.Add(new LanguageSkill(other, random.Next(3) == 0 ? LanguageLevel.Native : LanguageLevel.Conversational));
        }

        var profile = person.BecomeMentor(new MentorProfile(
            Sample(lists.Sectors.Select(s => s.Code).ToArray(), random.Next(1, 3)),
            languages,
            Sample(Enum.GetValues<MentoringGoal>(), random.Next(1, 4)),
            RandomAvailability(random.Next(3, 7)),
            capacity: random.Next(1, 4),
            menteeGenderPreference: Preference(),
            remoteOk: random.Next(100) < 40,
            lists));
        if (index < 36)
        {
            profile.CompleteInduction(joined + Days(3));
        }

        if (index < 32)
        {
            profile.Approve("coordinator@demo", joined + Days(5));
        }
        else if (index is 32 or 33)
        {
            profile.Reject("coordinator@demo", joined + Days(5));
        }

        return person;
    }

    private Person CreateMentee(int index, DateTimeOffset now)
    {
        var asked = now - Days(random.Next(1, 120));
        var language = Weighted(MenteeLanguages);
        var channel = random.Next(100) < 70 ? Channels.WhatsApp : Channels.Sms;
        var person = Consented(asked, language, channel, $"+447700900{index:D3}");
        person.Describe(Pick(Names[language]), random.Next(100) < 50 ? Gender.Woman : Gender.Man, Pick(Towns));
        var languages = new List<LanguageSkill> { new(language, LanguageLevel.Native) };
        if (random.Next(100) < 70)
        {
            languages.Add(new LanguageSkill("de", random.Next(2) == 0 ? LanguageLevel.Basic : LanguageLevel.Conversational));
        }

        if (language != "en" && random.Next(100) < 35)
        {
            languages.Add(new LanguageSkill("en", LanguageLevel.Conversational));
        }

        person.BecomeMentee(new MenteeProfile(
            Pick(lists.Sectors.Select(s => s.Code).ToArray()),
            random.Next(100) < 80 ? Pick(["nurse", "electrician", "teacher", "accountant", "cook", "driver", "engineer", "shop owner"]) : null,
            languages,
            Pick(Enum.GetValues<MentoringGoal>()),
            RandomAvailability(random.Next(2, 6)),
            Preference(),
            remoteOk: random.Next(100) < 50,
            asked,
            lists));
        return person;
    }

    /// <summary>
    /// Pairs the first mentees who share a language with an approved mentor that has room: the
    /// demo's history, not a matching round (that is the matching service's job).
    /// </summary>
    private IEnumerable<Match> CreateMatches(List<Person> mentors, List<Person> mentees, DateTimeOffset now)
    {
        var load = mentors.ToDictionary(m => m.Id, _ => 0);
        var made = 0;
        foreach (var mentee in mentees.Take(45))
        {
            var profile = mentee.MenteeProfile!;
            var mentor = mentors.FirstOrDefault(m => m.MentorProfile!.CanReceiveProposals
                && load[m.Id] < m.MentorProfile.Capacity
                && m.MentorProfile.Languages.Any(l => profile.Languages.Any(x => x.Code == l.Code && x.Level >= LanguageLevel.Conversational)));
            if (mentor is null)
            {
                continue;
            }

            var proposedAt = now - Days(random.Next(1, 60));
            var match = new Match(NextGuid(), mentor.Id, mentee.Id, 50 + random.Next(50), [new MatchReason("shared-language", 20)], proposedAt, proposedAt + TimeSpan.FromHours(72));
            made++;
            if (made % 5 == 0)
            {
                // Still waiting for the mentor's answer: proposed within the last day.
                match = new Match(match.Id, mentor.Id, mentee.Id, match.Score, match.Reasons, now - TimeSpan.FromHours(6), now + TimeSpan.FromHours(66));
                profile.MarkProposed();
            }
            else if (made % 7 == 0)
            {
                match.Decline(proposedAt + TimeSpan.FromHours(20), "no time this month");
                yield return match;
                continue;
            }
            else
            {
                match.Accept(proposedAt + TimeSpan.FromHours(10));
                match.Confirm(proposedAt + TimeSpan.FromHours(30), TimeSpan.FromDays(14));
                profile.MarkProposed();
                profile.MarkMatched();
            }

            load[mentor.Id]++;
            yield return match;
        }
    }

    private Person Consented(DateTimeOffset at, string language, string channel, string address)
    {
        var person = new Person(NextGuid(), language, options.Value.TimeZone, at);
        person.AddChannelAddress(new ChannelAddress(NextGuid(), channel, address)).RecordInbound(at, null);
        person.RecordConsent(new Consent(ConsentPurpose.Matching, true, ConsentVersion, language, channel, at));
        return person;
    }

    private WeeklyAvailability RandomAvailability(int slots)
    {
        var availability = WeeklyAvailability.None;
        while (availability.Count < slots)
        {
            availability = availability.With(WeeklyAvailability.Days[random.Next(7)], (PartOfDay)random.Next(3));
        }

        return availability;
    }

    private GenderPreference Preference() => random.Next(100) switch
    {
        < 10 => GenderPreference.RequireSame,
        < 30 => GenderPreference.PreferSame,
        _ => GenderPreference.None,
    };

    private string Weighted((string Code, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (code, weight) in choices)
        {
            if ((roll -= weight) < 0)
            {
                return code;
            }
        }

        return choices[^1].Code;
    }

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    private T[] Sample<T>(T[] items, int count) => [.. items.OrderBy(_ => random.Next()).Take(count)];

    private Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static TimeSpan Days(int days) => TimeSpan.FromDays(days);
}

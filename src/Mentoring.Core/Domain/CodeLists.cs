using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Mentoring.Core.Domain;

/// <summary>
/// The sectors and languages a programme works with, read from <c>dialogs/lists/</c> so that a
/// programme can add a sector or a language without a new build. Loaded once at start; a
/// malformed list stops the start with the file and line.
/// </summary>
public sealed class CodeLists
{
    private readonly Dictionary<string, Sector> sectors;
    private readonly Dictionary<string, Language> languages;

    public CodeLists(IEnumerable<Sector> sectors, IEnumerable<Language> languages)
    {
        this.sectors = sectors.ToDictionary(s => s.Code, StringComparer.Ordinal);
        this.languages = languages.ToDictionary(l => l.Code, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<Sector> Sectors => sectors.Values;

    public IReadOnlyCollection<Language> Languages => languages.Values;

    public bool IsSector(string code) => sectors.ContainsKey(code);

    public bool IsLanguage(string code) => languages.ContainsKey(code);

    /// <summary>The sector's family; an unknown code is a family of its own.</summary>
    public string SectorFamily(string code) => sectors.TryGetValue(code, out var sector) ? sector.Family : code;

    /// <summary>Different sectors of one family (nursing and elderly care, say) count as related in matching.</summary>
    public bool AreRelatedSectors(string a, string b) =>
        a != b && sectors.TryGetValue(a, out var x) && sectors.TryGetValue(b, out var y) && x.Family == y.Family;

    public static CodeLists Load(string listsDirectory)
    {
        var sectorFile = Path.Combine(listsDirectory, "sectors.yaml");
        var languageFile = Path.Combine(listsDirectory, "languages.yaml");
        var sectors = Read<SectorFile>(sectorFile).Sectors;
        var languages = Read<LanguageFile>(languageFile).Languages;
        Check(sectorFile, sectors.Select(s => s.Code));
        Check(languageFile, languages.Select(l => l.Code));
        return new CodeLists(
            sectors.Select(s => new Sector(s.Code, s.Family ?? s.Code, s.Names)),
            languages.Select(l => new Language(l.Code, l.Native ?? l.Code, l.Names)));
    }

    private static T Read<T>(string file)
        where T : new()
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"The code list {file} is missing.", file);
        }

        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        try
        {
            return deserializer.Deserialize<T>(File.ReadAllText(file)) ?? new T();
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{file}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }
    }

    private static void Check(string file, IEnumerable<string?> codes)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (string.IsNullOrWhiteSpace(code) || !string.Equals(code, code.Trim().ToLowerInvariant(), StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{file}: the code '{code}' must be lower case and not empty.");
            }

            if (!seen.Add(code))
            {
                throw new InvalidDataException($"{file}: the code '{code}' appears twice.");
            }
        }

        if (seen.Count == 0)
        {
            throw new InvalidDataException($"{file}: the list is empty.");
        }
    }

    private sealed class SectorFile
    {
        public List<Entry> Sectors { get; set; } = [];
    }

    private sealed class LanguageFile
    {
        public List<Entry> Languages { get; set; } = [];
    }

    private sealed class Entry
    {
        public string Code { get; set; } = string.Empty;

        public string? Family { get; set; }

        public string? Native { get; set; }

        public Dictionary<string, string> Names { get; set; } = [];
    }
}

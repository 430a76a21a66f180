using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Domain;

public sealed class CodeListsTests : IDisposable
{
    private const string Languages = "languages:\n  - code: de\n    native: Deutsch\n";
    private readonly string folder = Directory.CreateTempSubdirectory("mentoring-lists-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData("healthcare", "elderly-care", true)]
    [InlineData("elderly-care", "healthcare", true)]
    [InlineData("healthcare", "it", false)]
    [InlineData("healthcare", "healthcare", false)]
    [InlineData("healthcare", "nursing", false)]
    public void AreRelatedSectors_IsTrueOnlyForDifferentSectorsOfOneFamily(string a, string b, bool related) =>
        Assert.Equal(related, TestCodeLists.Real.AreRelatedSectors(a, b));

    [Fact]
    public void Load_ReadsTheProgrammesLists()
    {
        var lists = TestCodeLists.Real;

        Assert.Equal(12, lists.Sectors.Count);
        Assert.Equal(12, lists.Languages.Count);
        Assert.True(lists.IsLanguage("ti"));
        Assert.Equal("Deutsch", lists.Languages.Single(l => l.Code == "de").NativeName);
    }

    [Fact]
    public void Load_UsesTheCodeAsFamily_WhenNoneIsGiven()
    {
        Write("sectors.yaml", "sectors:\n  - code: it\n  - code: retail\n");
        Write("languages.yaml", Languages);

        var lists = CodeLists.Load(folder);

        Assert.Equal("it", lists.Sectors.Single(s => s.Code == "it").Family);
        Assert.False(lists.AreRelatedSectors("it", "retail"));
    }

    [Theory]
    [InlineData("sectors:\n  - code: it\n    family: technology\n    famly: typo\n", 4)]
    [InlineData("sectors:\n  - code: it\n    names: { en: IT\n  - code: retail\n", 3)]
    [InlineData("sectors:\n  - code: it\n    names: \"unclosed\n  - code: retail\n", 3)]
    [InlineData("sectors:\n  - code: it\n  family: technology\n", 3)]
    public void Load_NamesFileAndLine_WhenTheYamlIsMalformed(string yaml, int line)
    {
        var file = Write("sectors.yaml", yaml);
        Write("languages.yaml", Languages);

        var error = Assert.Throws<InvalidDataException>(() => CodeLists.Load(folder));

        Assert.Contains($"{file}:{line}:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sectors:\n  - code: it\n  - code: retail\n  - code: it\n", "'it' appears twice")]
    [InlineData("sectors:\n  - code: IT\n", "'IT' must be lower case")]
    [InlineData("sectors:\n  - code: ''\n", "must be lower case and not empty")]
    [InlineData("sectors: []\n", "the list is empty")]
    public void Load_Throws_WhenACodeIsWrong(string yaml, string problem)
    {
        var file = Write("sectors.yaml", yaml);
        Write("languages.yaml", Languages);

        var error = Assert.Throws<InvalidDataException>(() => CodeLists.Load(folder));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Throws_WhenAFileIsMissing()
    {
        Write("sectors.yaml", "sectors:\n  - code: it\n");

        var error = Assert.Throws<FileNotFoundException>(() => CodeLists.Load(folder));

        Assert.Equal(Path.Combine(folder, "languages.yaml"), error.FileName);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}

using Mentoring.Conversations.Dialogs;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>Each mistake in a dialogs folder stops the load with the file and line where it is.</summary>
public sealed partial class DialogCatalogLoadTests : IDisposable
{
    private const string Flow = "flows/start.yaml";
    private const string English = "locales/en.yaml";
    private const string German = "locales/de.yaml";

    private readonly DialogFolder folder = DialogFolder.Minimal();

    private readonly DialogSchema schema = DialogFolder.Schema(
        new("name", DialogFieldKind.Text), new("role", DialogFieldKind.Text), new("count", DialogFieldKind.Number));

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_Succeeds_ForAMinimalFolder()
    {
        var catalog = folder.Load(schema);

        Assert.Equal(["de", "en"], catalog.Languages.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenTheYamlIsInvalid()
    {
        Steps("  - say: t.hello\n   when: name\n");

        Expect(Flow, 4, "not valid YAML");
    }

    [Fact]
    public void Load_NamesTheFile_WhenABracketIsLeftOpen()
    {
        Steps("  - say: [t.hello\n  - say: t.hello\n");

        Expect(Flow, 3, "a bracket or quote is not closed");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAStepKindIsUnknown()
    {
        Steps("  - say: t.hello\n  - ask-foo: t.hello\n    store: name\n");

        Expect(Flow, 4, "unknown step kind 'ask-foo'");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenASettingIsMisspelt()
    {
        Steps("  - ask-text: t.hello\n    stroe: name\n");

        Expect(Flow, 3, "a question needs 'store:'", "'stroe' is not a setting of ask-text");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenATextKeyIsUnknown()
    {
        Steps("  - say: t.hello\n  - say: t.nope\n");

        Expect(Flow, 4, "unknown text key 't.nope'");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAnActionIsUnknown()
    {
        Steps("  - action: launch\n");

        Expect(Flow, 3, "there is no action 'launch'");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAStepStoresIntoAnUnknownField()
    {
        Steps("  - ask-text: t.hello\n    store: nobody\n");

        Expect(Flow, 4, "there is no field 'nobody'");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAConditionNamesAnUnknownField()
    {
        Steps("  - say: t.hello\n    when: nobody == x\n");

        Expect(Flow, 4, "there is no field 'nobody'");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAConditionIsMalformed()
    {
        Steps("  - say: t.hello\n    when: name = Amal\n");

        Expect(Flow, 4, "is not a condition");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAStepStoresAnotherKindThanTheFieldHolds()
    {
        Steps("  - ask-text: t.hello\n    store: count\n");

        Expect(Flow, 4, "the field 'count' holds Number, but this question answers with Text");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAQuestionHasNoOptions()
    {
        Steps("  - ask-choice: t.hello\n    store: role\n");

        Expect(Flow, 3, "needs 'options:'");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAnOptionHasNoText()
    {
        Steps("  - ask-choice: t.hello\n    store: role\n    options:\n      helper: t.hello\n      seeker:\n");

        Expect(Flow, 7, "the option 'seeker' needs the key of its text");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenMinIsAboveMax()
    {
        Steps("  - say: t.hello\n  - ask-number: t.hello\n    store: count\n    min: 5\n    max: 1\n");

        Expect(Flow, 4, "with min not above max");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAnAttemptsLimitIsNotAPositiveNumber()
    {
        Steps("  - ask-text: t.hello\n    store: name\n    attempts: 0\n");

        Expect(Flow, 5, "'attempts' must be a whole number of at least 1");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAConditionComparesWithAValueTheChoiceDoesNotHave()
    {
        Steps("  - ask-choice: t.hello\n    store: role\n    options:\n      helper: t.hello\n  - say: t.hello\n    when: role == helpr\n");

        Expect(Flow, 7, "'role' is never 'helpr'");
    }

    private void Steps(string steps) => folder.Write(Flow, "flow: start\nsteps:\n" + steps);

    private DialogDefinitionException Load(DialogSchema? other = null) => Assert.Throws<DialogDefinitionException>(() => folder.Load(other ?? schema));

    /// <summary>The load fails with exactly these problems, the first at the file and line given, and says so in its message.</summary>
    private void Expect(string file, int line, params string[] problems) => Expect(schema, file, line, problems);

    private void Expect(DialogSchema other, string file, int line, params string[] problems)
    {
        var exception = Load(other);

        Assert.Equal(problems.Length, exception.Errors.Count);
        Assert.Equal((file, line), (exception.Errors[0].File, exception.Errors[0].Line));
        Assert.All(problems.Zip(exception.Errors), pair => Assert.Contains(pair.First, pair.Second.Problem, StringComparison.Ordinal));
        Assert.Contains(line > 0 ? $"{file}:{line}: " : $"{file}: ", exception.Message, StringComparison.Ordinal);
    }
}

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>Mistakes in the locale files and in what refers to them.</summary>
public sealed partial class DialogCatalogLoadTests
{
    [Fact]
    public void Load_NamesTheFileAndWhereTheOtherHasIt_WhenATextIsMissingInALanguage()
    {
        folder.Append(English, "t.extra: more\n");

        Expect(German, 0, $"'t.extra' is missing ({English}:{folder.LineOf(English, "t.extra")} has it)");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenPlaceholdersDifferBetweenLanguages()
    {
        folder.Append(English, "t.hi: \"hi {name}\"\n").Append(German, "t.hi: \"hallo {nam}\"\n");

        Expect(German, folder.LineOf(German, "t.hi"), "'t.hi' has the placeholders {nam} here, but {name} in locales/en.yaml");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAPlaceholderIsNoField()
    {
        folder.Append(English, "t.hi: \"hi {nobody}\"\n").Append(German, "t.hi: \"hallo {nobody}\"\n");

        Expect(English, folder.LineOf(English, "t.hi"), "there is no field 'nobody'");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenABraceHoldsNoPlaceholder()
    {
        folder.Append(English, "t.hi: \"hi {first name}\"\n").Append(German, "t.hi: hallo\n");

        Expect(English, folder.LineOf(English, "t.hi"), "'{' must start a placeholder");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenLocaleKeysAreNested()
    {
        folder.Append(English, "t:\n  nested: text\n").Append(German, "t:\n  nested: Text\n");

        Expect(German, folder.LineOf(German, "nested"), "keys are flat", "keys are flat");
    }

    [Fact]
    public void Load_NamesEveryLocaleFile_WhenARuntimeTextIsMissingEverywhere()
    {
        foreach (var file in new[] { English, German })
        {
            folder.Write(file, string.Join('\n', File.ReadAllLines(Path.Combine(folder.Root, file)).Where(line => !line.StartsWith("dialog.stuck:", StringComparison.Ordinal))));
        }

        var errors = Load().Errors;

        Assert.Equal([(German, 0), (English, 0)], errors.Select(e => (e.File, e.Line)).Order());
        Assert.All(errors, e => Assert.Contains("'dialog.stuck' is missing", e.Problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenARuntimeWordListIsAText()
    {
        foreach (var file in new[] { English, German })
        {
            folder.Write(file, File.ReadAllText(Path.Combine(folder.Root, file)).Replace("dialog.days.through: [to]", "dialog.days.through: to", StringComparison.Ordinal));
        }

        var errors = Load().Errors;

        Assert.Equal([(German, folder.LineOf(German, "through")), (English, folder.LineOf(English, "through"))], errors.Select(e => (e.File, e.Line)).Order());
        Assert.All(errors, e => Assert.Contains("must be a list of words", e.Problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenASynonymWouldPickTwoOptions()
    {
        folder.Append(English, "t.a: A\nt.b: B\nt.b.synonyms: [a]\n").Append(German, "t.a: A\nt.b: B\n");
        Steps("  - ask-choice: t.hello\n    store: role\n    options:\n      a: t.a\n      b: t.b\n");

        Expect(English, folder.LineOf(English, "t.b.synonyms"), "'a' would pick both 't.a' and 't.b'");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAnOptionsTextHasAPlaceholder()
    {
        folder.Append(English, "t.a: \"A {name}\"\n").Append(German, "t.a: \"A {name}\"\n");
        Steps("  - ask-choice: t.hello\n    store: role\n    options:\n      a: t.a\n");

        Expect(English, folder.LineOf(English, "t.a"), "it cannot have placeholders");
    }

    [Fact]
    public void Load_NamesTheFile_WhenALanguageTheSchemaNeedsHasNoLocaleFile()
    {
        Expect(schema with { Languages = ["en", "ar"] }, "locales/ar.yaml", 0, "the language 'ar' has no locale file");
    }

    [Fact]
    public void Load_ListsEveryProblem_InOneException()
    {
        Steps("  - say: t.nope\n  - action: launch\n");

        var exception = Load();

        Assert.Equal([3, 4], exception.Errors.Select(e => e.Line));
        Assert.StartsWith("The dialogs have 2 problems:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NamesTheFolder_WhenItDoesNotExist()
    {
        var missing = Path.Combine(folder.Root, "nowhere");

        var exception = Assert.Throws<Mentoring.Conversations.Dialogs.DialogDefinitionException>(() => Mentoring.Conversations.Dialogs.DialogCatalog.Load(missing, schema));

        Assert.Equal(missing, Assert.Single(exception.Errors).File);
    }
}

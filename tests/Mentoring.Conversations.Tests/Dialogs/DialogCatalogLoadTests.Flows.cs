namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>Mistakes across flows and in commands.yaml.</summary>
public sealed partial class DialogCatalogLoadTests
{
    [Fact]
    public void Load_NamesFileAndLine_WhenAFlowIsUnknown()
    {
        Steps("  - say: t.hello\n  - flow: elsewhere\n");

        Expect(Flow, 4, "there is no flow 'elsewhere'");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAFlowStartsItself()
    {
        Steps("  - say: t.hello\n  - flow: start\n");

        Expect(Flow, 4, "the flow 'start' would start itself (start → start), so it could never finish");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAFlowStartsItselfThroughOthers()
    {
        Steps("  - flow: a\n");
        folder.Write("flows/a.yaml", "flow: a\nsteps:\n  - flow: b\n");
        folder.Write("flows/b.yaml", "flow: b\nsteps:\n  - say: t.hello\n  - flow: start\n");

        Expect("flows/b.yaml", 4, "(start → a → b → start)");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenTwoFlowsHaveOneName()
    {
        folder.Write("flows/again.yaml", "flow: start\nsteps:\n  - say: t.hello\n");

        Expect(Flow, 1, "there is already a flow named 'start' in flows/again.yaml");
    }

    [Fact]
    public void Load_NamesTheFlowsFolder_WhenTheStartFlowIsUnknown()
    {
        Expect(schema with { StartFlow = "begin" }, "flows/", 0, "there is no flow 'begin', which the host names as its start flow");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenACommandStartsAnUnknownFlow()
    {
        folder.Write("commands.yaml", "# commands\nhelp:\n  flow: help\n");
        folder.Append(English, "command.help: [help]\n").Append(German, "command.help: [hilfe]\n");

        Expect("commands.yaml", 2, "there is no flow 'help'");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenACommandIsNeitherFlowNorBuiltin()
    {
        folder.Write("commands.yaml", "help:\n  flow: start\nback:\n  builtin: forward\n");
        folder.Append(English, "command.help: [help]\ncommand.back: [back]\n").Append(German, "command.help: [hilfe]\ncommand.back: [zurück]\n");

        Expect("commands.yaml", 3, "'forward' is not a builtin command");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAWordBelongsToTwoCommands()
    {
        folder.Write("commands.yaml", "help:\n  flow: start\nmenu:\n  flow: start\n");
        folder.Append(English, "command.help: [help]\ncommand.menu: [menu]\n").Append(German, "command.help: [hilfe]\ncommand.menu: [help]\n");

        Expect(German, folder.LineOf(German, "command.menu"), "'help' is a word of both the commands 'help' and 'menu'");
    }

    [Fact]
    public void Load_NamesFileAndLine_WhenAnOptionIsACommandWord()
    {
        folder.Write("commands.yaml", "help:\n  flow: start\n");
        folder.Append(English, "command.help: [help]\nt.a: Help\n").Append(German, "command.help: [hilfe]\nt.a: Hilfe\n");
        Steps("  - ask-choice: t.hello\n    store: role\n    options:\n      a: t.a\n");

        var errors = Load().Errors;

        Assert.Equal([(Flow, 3), (Flow, 3)], errors.Select(e => (e.File, e.Line)));
        Assert.Contains("'help' picks the option 'Help' (en) but is also a word of the command 'help'", errors[0].Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cancel", "unsubscribe")]
    [InlineData("Stop", "unsubscribe")]
    [InlineData("start", "resubscribe")]
    public void Load_NamesFileAndLine_WhenACommandWordIsAnSmsCarrierKeyword(string word, string effect)
    {
        folder.Write("commands.yaml", "cancel:\n  builtin: cancel\n");
        folder.Append(English, $"command.cancel: [{word}, never mind]\n").Append(German, "command.cancel: [abbrechen]\n");

        Expect(English, folder.LineOf(English, "command.cancel"), $"'{word}' is an SMS carrier keyword: on SMS it would {effect} the person");
    }

    [Fact]
    public void Load_AcceptsCarrierKeywordsInsideLongerCommandPhrases()
    {
        folder.Write("commands.yaml", "cancel:\n  builtin: cancel\n");
        folder.Append(English, "command.cancel: [stop this, cancel that]\n").Append(German, "command.cancel: [abbrechen]\n");

        Assert.NotNull(folder.Load(schema));
    }

    [Fact]
    public void Load_NamesEveryLocaleFile_WhenATextTheHostSaysIsMissing()
    {
        var errors = Load(schema with { Texts = ["host.notice"] }).Errors;

        Assert.Equal([(German, 0), (English, 0)], errors.Select(e => (e.File, e.Line)).Order());
        Assert.All(errors, e => Assert.Contains("'host.notice' is missing", e.Problem, StringComparison.Ordinal));
    }
}

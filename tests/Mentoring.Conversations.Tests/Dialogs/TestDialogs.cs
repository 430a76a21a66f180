using Mentoring.Conversations.Dialogs;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>
/// Small flows for the runtime's tests, in English and German: <c>start</c> asks every kind of
/// question and runs the sub-flow <c>extra</c> in the middle; <c>menu</c> and <c>help</c> only say
/// something. The folder is deleted once loaded; the catalog is shared.
/// </summary>
public static class TestDialogs
{
    public static readonly DialogSchema Schema = new(
        [
            new("name", DialogFieldKind.Text), new("role", DialogFieldKind.Text), new("count", DialogFieldKind.Number),
            new("ok", DialogFieldKind.YesNo), new("langs", DialogFieldKind.List), new("when", DialogFieldKind.Availability),
            new("remembered", DialogFieldKind.YesNo),
        ],
        ["remember"],
        "start",
        "en")
    {
        MenuFlow = "menu",
        StuckFlow = "help",
    };

    private const string Start = """
        flow: start
        steps:
          - say: t.hello
          - ask-text: t.ask-name
            store: name
            max-length: 10
          - ask-choice: t.ask-role
            store: role
            options:
              helper: t.role.helper
              seeker: t.role.seeker
          - ask-number: t.ask-count
            when: role == helper
            store: count
            min: 1
            max: 5
            attempts: 2
          - flow: extra
          - ask-many: t.ask-langs
            store: langs
            options:
              en: t.lang.en
              de: t.lang.de
              ar: t.lang.ar
          - action: remember
          - say: t.remembered
            when: remembered
          - say: t.bye
        """;

    private const string Extra = """
        flow: extra
        steps:
          - ask-availability: t.ask-when
            store: when
          - ask-confirm: t.ask-ok
            store: ok
          - say: t.extra-done
        """;

    private const string Commands = """
        help:
          flow: help
        menu:
          flow: menu
          clear: true
        back:
          builtin: back
        cancel:
          builtin: cancel
        """;

    private const string English = """
        t.hello: hello
        t.ask-name: name?
        t.ask-role: "role, {name}?"
        t.role.helper: Helper
        t.role.helper.synonyms: [help out, volunteer]
        t.role.seeker: Looking for a mentor
        t.role.seeker.synonyms: [mentor, mentee]
        t.ask-count: how many?
        t.ask-when: when?
        t.ask-ok: "{name}, {role}, {when}: ok?"
        t.extra-done: extra done
        t.ask-langs: languages?
        t.lang.en: English
        t.lang.de: German
        t.lang.de.synonyms: [Deutsch]
        t.lang.ar: Arabic
        t.remembered: "remembered {langs}"
        t.bye: "bye {name}"
        t.menu: menu
        t.help: help text
        command.help: [help]
        command.menu: [menu]
        command.back: [back]
        command.cancel: [never mind]

        """;

    private const string German = """
        t.hello: hallo
        t.ask-name: Name?
        t.ask-role: "Rolle, {name}?"
        t.role.helper: Helfen
        t.role.seeker: Mentor suchen
        t.ask-count: wie viele?
        t.ask-when: wann?
        t.ask-ok: "{name}, {role}, {when}: ok?"
        t.extra-done: extra fertig
        t.ask-langs: Sprachen?
        t.lang.en: Englisch
        t.lang.de: Deutsch
        t.lang.ar: Arabisch
        t.remembered: "gemerkt {langs}"
        t.bye: "tschüss {name}"
        t.menu: Menü
        t.help: Hilfetext
        command.help: [hilfe]
        command.menu: [menü]
        command.back: [zurück]
        command.cancel: [abbrechen]

        """;

    public static DialogCatalog Catalog { get; } = Load();

    private static DialogCatalog Load()
    {
        using var folder = new DialogFolder()
            .Write("locales/en.yaml", TestTexts.Runtime("en") + English)
            .Write("locales/de.yaml", TestTexts.Runtime("de") + German)
            .Write("flows/start.yaml", Start)
            .Write("flows/extra.yaml", Extra)
            .Write("flows/menu.yaml", "flow: menu\nsteps:\n  - say: t.menu\n")
            .Write("flows/help.yaml", "flow: help\nsteps:\n  - say: t.help\n")
            .Write("commands.yaml", Commands);
        return folder.Load(Schema);
    }
}

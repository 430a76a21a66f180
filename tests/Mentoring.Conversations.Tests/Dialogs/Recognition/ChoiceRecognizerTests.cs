using Mentoring.Conversations.Dialogs.Recognition;

namespace Mentoring.Conversations.Tests.Dialogs.Recognition;

public sealed class ChoiceRecognizerTests
{
    private static readonly LocalizedOptions Roles = Options(
        ("Volunteer", ["be a mentor", "help others"]),
        ("Looking for a mentor", ["mentor", "mentee"]));

    private static readonly LocalizedOptions Languages = Options(("English", []), ("Deutsch", ["German"]), ("العربية", ["عربي"]), ("Українська", []));

    private static readonly PhraseIndex<int> English = Numbers("one", "two", "three", "four");

    [Theory]
    [InlineData("2", 1)]
    [InlineData("2 please", 1)]
    [InlineData("Number 2.", 1)]
    [InlineData("٢", 1)]
    [InlineData("۲", 1)]
    [InlineData("two", 1)]
    [InlineData("TWO!", 1)]
    [InlineData("the 2nd", 1)]
    [InlineData("1", 0)]
    public void Recognize_PicksByNumber(string answer, int option)
    {
        Assert.Equal(1UL << option, Recognize(Roles, answer, English));
    }

    [Theory]
    [InlineData("zwei", "eins zwei")]
    [InlineData("اثنان", "واحد اثنان")]
    [InlineData("اثنين", "واحد اثنين")]
    public void Recognize_PicksByNumberWord_InTheGivenLanguage(string answer, string words)
    {
        Assert.Equal(0b10UL, Recognize(Roles, answer, Numbers(words.Split(' '))));
    }

    [Theory]
    [InlineData("Volunteer", 0)]
    [InlineData("volunteer", 0)]
    [InlineData("VOLUNTEER!!", 0)]
    [InlineData("Looking for a mentor", 1)]
    [InlineData("I want mentor", 1)]
    [InlineData("mentee please", 1)]
    [InlineData("I'd like to be a mentor", 0)]
    [InlineData("I want to help others", 0)]
    public void Recognize_PicksByTextOrSynonym_AnywhereInTheAnswer(string answer, int option)
    {
        Assert.Equal(1UL << option, Recognize(Roles, answer, English));
    }

    [Theory]
    [InlineData("deutsch", 1)]
    [InlineData("DEUTSCH", 1)]
    [InlineData("german", 1)]
    [InlineData("العَرَبِيَّة", 2)]
    [InlineData("عربي", 2)]
    [InlineData("украї́нська", 3)]
    public void Recognize_IgnoresCaseAndDiacritics(string answer, int option)
    {
        Assert.Equal(1UL << option, Recognize(Languages, answer, English));
    }

    [Theory]
    [InlineData("1 2")]
    [InlineData("volunteer or mentor")]
    [InlineData("2 volunteer")]
    public void Recognize_ReturnsNothing_WhenTheAnswerNamesTwoOptions(string answer)
    {
        Assert.Equal(0UL, Recognize(Roles, answer, English));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("three")]
    [InlineData("99999999999999")]
    [InlineData("1 3")]
    public void Recognize_ReturnsNothing_WhenANumberNamesNoOption(string answer)
    {
        Assert.Equal(0UL, Recognize(Roles, answer, English));
    }

    [Theory]
    [InlineData("")]
    [InlineData("asdfgh")]
    [InlineData("😀")]
    public void Recognize_ReturnsNothing_WhenTheAnswerNamesNoOption(string answer)
    {
        Assert.Equal(0UL, Recognize(Roles, answer, English));
    }

    [Theory]
    [InlineData("1 3", 0b0101UL)]
    [InlineData("1,3", 0b0101UL)]
    [InlineData("1, 3 and 4", 0b1101UL)]
    [InlineData("English and عربي", 0b0101UL)]
    [InlineData("2 english", 0b0011UL)]
    [InlineData("German, German", 0b0010UL)]
    [InlineData("one three", 0b0101UL)]
    public void Recognize_PicksSeveral_WhenSeveralAreAllowed(string answer, ulong expected)
    {
        Assert.Equal(expected, ChoiceRecognizer.Recognize(NormalizedText.From(answer), Languages, English, many: true));
    }

    [Theory]
    [InlineData("العربية والإنجليزية", 0b011UL)]
    [InlineData("٣ و١", 0b101UL)]
    [InlineData("الإنجليزية وثلاثة", 0b110UL)]
    public void Recognize_ReadsWordsWithAGluedPrefix_WhenTheLanguageHasOne(string answer, ulong expected)
    {
        var arabic = Options(["و"], ("العربية", []), ("الإنجليزية", []), ("الألمانية", []));

        Assert.Equal(expected, ChoiceRecognizer.Recognize(NormalizedText.From(answer), arabic, Numbers(["و"], "واحد", "اثنان", "ثلاثة"), many: true));
    }

    [Fact]
    public void Recognize_ReturnsNothing_WhenOneOfSeveralNumbersNamesNoOption()
    {
        Assert.Equal(0UL, ChoiceRecognizer.Recognize(NormalizedText.From("1 7"), Languages, English, many: true));
    }

    private static ulong Recognize(LocalizedOptions options, string answer, PhraseIndex<int> numbers) =>
        ChoiceRecognizer.Recognize(NormalizedText.From(answer), options, numbers, many: false);

    private static LocalizedOptions Options(params (string Title, string[] Synonyms)[] options) => Options([], options);

    private static LocalizedOptions Options(string[] prefixes, params (string Title, string[] Synonyms)[] options)
    {
        var phrases = new PhraseIndex<int>(prefixes);
        for (var i = 0; i < options.Length; i++)
        {
            foreach (var phrase in options[i].Synonyms.Prepend(options[i].Title))
            {
                Assert.True(phrases.TryAdd(phrase, i, out _));
            }
        }

        return new LocalizedOptions([.. options.Select(o => o.Title)], phrases);
    }

    private static PhraseIndex<int> Numbers(params string[] words) => Numbers([], words);

    private static PhraseIndex<int> Numbers(string[] prefixes, params string[] words)
    {
        var numbers = new PhraseIndex<int>(prefixes);
        for (var i = 0; i < words.Length; i++)
        {
            numbers.TryAdd(words[i], i + 1, out _);
        }

        return numbers;
    }
}

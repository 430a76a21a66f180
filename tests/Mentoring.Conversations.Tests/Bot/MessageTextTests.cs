using Mentoring.Conversations.Bot;

namespace Mentoring.Conversations.Tests.Bot;

public sealed class MessageTextTests
{
    [Fact]
    public void Split_KeepsATextThatFits_AsItIs()
    {
        Assert.Equal(["  ten chars"], MessageText.Split("  ten chars", 11));
    }

    [Fact]
    public void Split_CutsAtParagraphs_First()
    {
        var text = "First paragraph.\nIts second line.\n\nSecond paragraph.";

        Assert.Equal(["First paragraph.\nIts second line.", "Second paragraph."], MessageText.Split(text, 40));
    }

    [Fact]
    public void Split_CutsAtLines_WhenAParagraphIsTooLong()
    {
        var text = "1. Montag vormittags\n2. Dienstag abends\n3. Mittwoch";

        Assert.Equal(["1. Montag vormittags\n2. Dienstag abends", "3. Mittwoch"], MessageText.Split(text, 40));
    }

    [Fact]
    public void Split_CutsBetweenWords_WhenALineIsTooLong()
    {
        Assert.Equal(["one two", "three four", "five"], MessageText.Split("one two three four five", 10));
    }

    [Fact]
    public void Split_CutsAWord_OnlyWhenItIsLongerThanAMessage()
    {
        Assert.Equal(["short", "abcdefghij", "klm end"], MessageText.Split("short abcdefghijklm end", 10));
    }

    [Fact]
    public void Split_NeverCutsASurrogatePairInHalf()
    {
        var parts = MessageText.Split("abcd😀efgh", 5);

        Assert.Equal(["abcd", "😀efg", "h"], parts);
    }

    [Fact]
    public void Split_UsesABoundaryRightAtTheLimit()
    {
        Assert.Equal(["abcde", "fgh"], MessageText.Split("abcde fgh", 5));
    }

    [Fact]
    public void Split_TreatsWindowsLineEndsAsLineEnds()
    {
        Assert.Equal(["first line", "second line"], MessageText.Split("first line\r\n\r\nsecond line", 15));
    }

    [Fact]
    public void Split_GivesPartsThatFitAndKeepEveryWord_ForAnyLongText()
    {
        var words = Enumerable.Range(0, 2000).Select(i => new string('w', (i * 7 % 13) + 1)).ToList();
        var text = string.Join(' ', words);

        var parts = MessageText.Split(text, 1600);

        Assert.All(parts, p => Assert.InRange(p.Length, 1, 1600));
        Assert.Equal(words, parts.SelectMany(p => p.Split(' ')));
    }
}

using Mentoring.Conversations.Dialogs.Recognition;

namespace Mentoring.Conversations.Tests.Dialogs.Recognition;

public sealed class NormalizedTextTests
{
    [Theory]
    [InlineData("  Hello,   WORLD! ", "hello world")]
    [InlineData("Ça và? Naïve résumé", "ca va naive resume")]
    [InlineData("Straße", "strasse")]
    [InlineData("I'd like #2", "i d like 2")]
    [InlineData("the 2nd, و١", "the 2 nd و 1")]
    [InlineData("٢ ۳ 4", "2 3 4")]
    [InlineData("مَرْحَبًا", "مرحبا")]
    [InlineData("أحمد إلى آخر", "احمد الي اخر")]
    [InlineData("مدرسة على", "مدرسه علي")]
    [InlineData("مـــرحبا", "مرحبا")]
    [InlineData("Mo-Fr", "mo - fr")]
    [InlineData("سه\u200Cشنبه", "سهشنبه")]
    public void From_ReducesTextToWhatItMeans(string raw, string expected)
    {
        Assert.Equal(expected, NormalizedText.From(raw).Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("😀🎉")]
    [InlineData("?!...")]
    [InlineData("\u200F")]
    public void From_IsEmpty_WhenNothingIsWritten(string? raw)
    {
        Assert.True(NormalizedText.From(raw).IsEmpty);
    }

    [Fact]
    public void From_SurvivesHalfASurrogatePair()
    {
        Assert.Equal("a b", NormalizedText.From("a\uD800b").Text);
    }

    [Fact]
    public void Tokens_SpansTheWordsAsked()
    {
        var text = NormalizedText.From("find a mentor please");

        Assert.Equal(4, text.TokenCount);
        Assert.Equal("a mentor", text.Tokens(1, 2).ToString());
    }
}

using Mentoring.Conversations.Bot;

namespace Mentoring.Conversations.Tests.Bot;

public sealed class SmsKeywordsTests
{
    [Theory]
    [InlineData("STOP", SmsKeyword.OptOut)]
    [InlineData("stop", SmsKeyword.OptOut)]
    [InlineData("  Unsubscribe. ", SmsKeyword.OptOut)]
    [InlineData("cancel", SmsKeyword.OptOut)]
    [InlineData("END!", SmsKeyword.OptOut)]
    [InlineData("optout", SmsKeyword.OptOut)]
    [InlineData("START", SmsKeyword.OptIn)]
    [InlineData("yes", SmsKeyword.OptIn)]
    [InlineData("Unstop", SmsKeyword.OptIn)]
    [InlineData("HELP", SmsKeyword.Help)]
    [InlineData("info", SmsKeyword.Help)]
    [InlineData("stop it", SmsKeyword.None)]
    [InlineData("please stop", SmsKeyword.None)]
    [InlineData("stopp", SmsKeyword.None)]
    [InlineData("", SmsKeyword.None)]
    [InlineData(null, SmsKeyword.None)]
    public void Classify_CountsOnlyAMessageThatIsTheSingleWord(string? text, SmsKeyword expected) =>
        Assert.Equal(expected, SmsKeywords.Classify(text));
}

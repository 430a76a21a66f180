using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Domain;

public sealed class FeedbackTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Constructor_Throws_WhenTheRatingIsOutsideOneToFive(int rating) =>
        Assert.Throws<DomainRuleException>(() => New(rating, null));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Constructor_KeepsTheRating_WhenOneToFive(int rating) => Assert.Equal(rating, New(rating, null).Rating);

    [Fact]
    public void Constructor_Throws_WhenTheCommentIsTooLong() =>
        Assert.Throws<DomainRuleException>(() => New(4, new string('x', Feedback.MaxCommentLength + 1)));

    [Fact]
    public void Constructor_KeepsAFullLengthComment_AfterTrimming()
    {
        var comment = new string('x', Feedback.MaxCommentLength);

        Assert.Equal(comment, New(4, $"  {comment}  ").Comment);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n ")]
    public void Constructor_KeepsNoComment_WhenItIsBlank(string? comment) => Assert.Null(New(3, comment).Comment);

    [Fact]
    public void Constructor_Throws_WhenTheOutcomeIsUndefined() =>
        Assert.Throws<DomainRuleException>(() => new Feedback(
            Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), FeedbackKind.End, 3, (FeedbackOutcome)42, null, Samples.Now));

    [Fact]
    public void EraseFreeText_RemovesTheComment()
    {
        var feedback = New(5, "Karin helped me find a job");

        feedback.EraseFreeText();

        Assert.Null(feedback.Comment);
    }

    private static Feedback New(int rating, string? comment) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), FeedbackKind.FirstMonth, rating, FeedbackOutcome.NoneYet, comment, Samples.Now);
}

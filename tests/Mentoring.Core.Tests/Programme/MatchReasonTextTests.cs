using Mentoring.Core.Domain;
using Mentoring.Core.Programme;

namespace Mentoring.Core.Tests.Programme;

public sealed class MatchReasonTextTests
{
    [Fact]
    public void Describe_NamesEachReasonWithItsDetailAndPoints()
    {
        MatchReason[] reasons = [new("same-sector", 30, "healthcare"), new("goal-offered", 15), new("mentor-load", -4, "1")];

        Assert.Equal(
            "Same sector: healthcare (+30); Mentor offers the goal (+15); Mentees the mentor already has: 1 (-4)",
            MatchReasonText.Describe(reasons));
    }

    [Fact]
    public void Describe_ShowsTheCode_WhenTheReasonIsUnknown() =>
        Assert.Equal("new-rule (+3)", MatchReasonText.Describe(new MatchReason("new-rule", 3)));
}

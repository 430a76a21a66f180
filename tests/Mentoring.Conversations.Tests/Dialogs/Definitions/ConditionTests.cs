using System.Text.Json.Nodes;
using Mentoring.Conversations.Dialogs.Definitions;

namespace Mentoring.Conversations.Tests.Dialogs.Definitions;

public sealed class ConditionTests
{
    private static readonly JsonObject Values = JsonNode.Parse("""
        {"role": "volunteer", "count": 3, "confirmed": true, "declined": false, "empty": "", "languages": ["en", "ar"], "none": []}
        """)!.AsObject();

    [Theory]
    [InlineData("role", true)]
    [InlineData("count", true)]
    [InlineData("confirmed", true)]
    [InlineData("languages", true)]
    [InlineData("declined", false)]
    [InlineData("empty", false)]
    [InlineData("none", false)]
    [InlineData("missing", false)]
    [InlineData("not role", false)]
    [InlineData("not declined", true)]
    [InlineData("not missing", true)]
    [InlineData("role == volunteer", true)]
    [InlineData("role == mentee", false)]
    [InlineData("role != mentee", true)]
    [InlineData("missing != mentee", true)]
    [InlineData("count == 3", true)]
    [InlineData("confirmed == yes", true)]
    [InlineData("declined == no", true)]
    [InlineData("languages == ar", true)]
    [InlineData("languages == de", false)]
    [InlineData("role in [mentee, volunteer]", true)]
    [InlineData("role in [mentee]", false)]
    [InlineData("languages in [de, en]", true)]
    [InlineData("  role   ==   volunteer ", true)]
    public void IsMet_FollowsTheGrammar(string text, bool expected)
    {
        var condition = Condition.Parse(text, out var problem);

        Assert.Null(problem);
        Assert.Equal(expected, condition!.IsMet(Values));
    }

    [Theory]
    [InlineData("")]
    [InlineData("role =")]
    [InlineData("role = volunteer")]
    [InlineData("role == ")]
    [InlineData("role in volunteer")]
    [InlineData("role in [a, ]")]
    [InlineData("role and count")]
    [InlineData("not")]
    [InlineData("role == two words")]
    public void Parse_NamesTheForms_WhenTheTextIsNotACondition(string text)
    {
        Assert.Null(Condition.Parse(text, out var problem));
        Assert.Contains("'field == value'", problem, StringComparison.Ordinal);
    }
}

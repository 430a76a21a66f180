using Mentoring.Conversations.Dialogs.Definitions;

namespace Mentoring.Conversations.Tests.Dialogs.Definitions;

public sealed class TextTemplateTests
{
    [Fact]
    public void Render_FillsEachPlaceholder()
    {
        var template = TextTemplate.Parse("Hi {first-name}, you chose {role}.", out _)!;

        Assert.Equal(["first-name", "role"], template.Placeholders);
        Assert.Equal("Hi Amal, you chose mentor.", template.Render(name => name == "role" ? "mentor" : "Amal"));
    }

    [Fact]
    public void Render_InsertsValuesAsTheyAre_WithoutFillingPlaceholdersInThem()
    {
        var template = TextTemplate.Parse("Hi {name}!", out _)!;

        Assert.Equal("Hi {name}!", template.Render(_ => "{name}"));
    }

    [Fact]
    public void Render_ReturnsTheText_WhenItHasNoPlaceholders()
    {
        var template = TextTemplate.Parse("Hello } there", out _)!;

        Assert.Same(template.Source, template.Render(_ => "x"));
    }

    [Theory]
    [InlineData("Hi {first name}")]
    [InlineData("Hi {name")]
    [InlineData("Hi {}")]
    public void Parse_ExplainsBraces_WhenTheyHoldNoName(string text)
    {
        Assert.Null(TextTemplate.Parse(text, out var problem));
        Assert.Contains("placeholder", problem, StringComparison.Ordinal);
    }
}

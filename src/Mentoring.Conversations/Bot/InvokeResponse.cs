using System.Text.Json;

namespace Mentoring.Conversations.Bot;

public sealed record InvokeResponse(int Status, JsonElement? Body = null);

using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mentoring.Conversations.DirectLine;

/// <summary>
/// Problem Details (RFC 9457) that also carry Direct Line's own <c>error {code, message}</c>, so
/// both a person reading them and the directline client understand.
/// </summary>
internal static class DirectLineProblem
{
    public static ProblemHttpResult BadArgument(string detail) => Problem(StatusCodes.Status400BadRequest, "BadArgument", detail);

    public static ProblemHttpResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, "TokenOrSecretInvalid", detail);

    public static ProblemHttpResult NotFound(string detail) => Problem(StatusCodes.Status404NotFound, "BadArgument", detail);

    public static ProblemHttpResult TooLarge(string detail) => Problem(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", detail);

    private static ProblemHttpResult Problem(int status, string code, string detail) =>
        TypedResults.Problem(detail, statusCode: status, extensions: new Dictionary<string, object?> { ["error"] = new { code, message = detail } });
}

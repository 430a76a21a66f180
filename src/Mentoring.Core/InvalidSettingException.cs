namespace Mentoring.Core;

/// <summary>
/// A setting stops the service from starting. The message names the setting and the fix in one
/// line, because it is what an operator reads first; the host prints it instead of a stack trace.
/// </summary>
public sealed class InvalidSettingException(string setting, string message, Exception? innerException = null)
    : Exception($"{setting} {message}", innerException)
{
    public string Setting { get; } = setting;
}

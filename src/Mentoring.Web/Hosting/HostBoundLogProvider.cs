using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace Mentoring.Web.Hosting;

/// <summary>
/// Hangfire keeps one log provider for the whole process (a static), set by the last host that
/// configured it. With several hosts in one process (the integration tests) a host that stopped
/// leaves a disposed logger factory behind for the next one: this provider and its loggers then
/// stay silent instead of throwing. With one host, as in production, it logs as Hangfire's own.
/// </summary>
internal sealed class HostBoundLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider inner = new(loggers);

    public ILog GetLogger(string name)
    {
        try
        {
            return new Guarded(inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Guarded(ILog inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string> messageFunc, Exception exception = null!)
        {
            try
            {
                return inner.Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string> messageFunc, Exception exception = null!) => false;
    }
}

namespace Mentoring.Web.Hosting;

/// <summary>What the process was asked to do: serve (the default), migrate and exit, or serve the demo.</summary>
public sealed record HostCommand(bool Migrate, bool Demo, string[] HostArguments)
{
    public static HostCommand From(string[] args)
    {
        var verbs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "migrate", "demo" };
        var rest = args.Where(a => !verbs.Contains(a)).ToArray();
        return new HostCommand(
            args.Contains("migrate", StringComparer.OrdinalIgnoreCase),
            args.Contains("demo", StringComparer.OrdinalIgnoreCase),
            rest);
    }
}

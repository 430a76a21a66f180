namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>
/// Checks across flows: every flow named exists, no flow starts itself (directly or through
/// others: it could never finish), and a condition compares a choice's field only with values the
/// choice has (a typo would otherwise make the step silently never run).
/// </summary>
internal static class FlowChecks
{
    public static void Run(DefinitionContext context, IReadOnlyDictionary<string, Flow> flows, IReadOnlyList<Command> commands, string commandsFile)
    {
        foreach (var flow in flows.Values)
        {
            foreach (var step in flow.Steps.Where(s => s.Flow is not null && !flows.ContainsKey(s.Flow)))
            {
                context.Errors.Add(flow.File, step.Line, $"there is no flow '{step.Flow}'");
            }
        }

        foreach (var command in commands.Where(c => c.Flow is not null && !flows.ContainsKey(c.Flow)))
        {
            context.Errors.Add(commandsFile, command.Line, $"there is no flow '{command.Flow}'");
        }

        var schema = context.Schema;
        foreach (var (flow, role) in new[] { (schema.StartFlow, "start"), (schema.MenuFlow, "menu"), (schema.StuckFlow, "stuck") })
        {
            if (flow is not null && !flows.ContainsKey(flow))
            {
                context.Errors.Add("flows/", 0, $"there is no flow '{flow}', which the host names as its {role} flow");
            }
        }

        foreach (var (name, flow) in schema.EventFlows.Where(e => !flows.ContainsKey(e.Value)))
        {
            context.Errors.Add("flows/", 0, $"there is no flow '{flow}', which the host starts for the event '{name}'");
        }

        CheckCycles(context, flows, schema.StartFlow);
        CheckConditionValues(context, flows.Values);
    }

    private static void CheckCycles(DefinitionContext context, IReadOnlyDictionary<string, Flow> flows, string startFlow)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();

        // From the start flow first, so that a cycle through it reads as a person would meet it.
        foreach (var flow in flows.Values.OrderBy(flow => flow.Name != startFlow))
        {
            Visit(flow);
        }

        void Visit(Flow flow)
        {
            if (done.Contains(flow.Name))
            {
                return;
            }

            path.Add(flow.Name);
            foreach (var step in flow.Steps)
            {
                if (step.Flow is null || !flows.TryGetValue(step.Flow, out var next))
                {
                    continue;
                }

                if (path.Contains(next.Name))
                {
                    var cycle = string.Join(" → ", path.SkipWhile(name => name != next.Name).Append(next.Name));
                    context.Errors.Add(flow.File, step.Line, $"the flow '{next.Name}' would start itself ({cycle}), so it could never finish");
                }
                else
                {
                    Visit(next);
                }
            }

            path.RemoveAt(path.Count - 1);
            done.Add(flow.Name);
        }
    }

    private static void CheckConditionValues(DefinitionContext context, IEnumerable<Flow> flows)
    {
        var steps = flows.SelectMany(flow => flow.Steps.Select(step => (flow, step))).ToList();
        var stored = steps.Where(s => s.step.Store is not null).ToLookup(s => s.step.Store!, s => s.step, StringComparer.Ordinal);
        foreach (var (flow, step) in steps.Where(s => s.step.When is { Values.Count: > 0 }))
        {
            var storing = stored[step.When!.Field].ToList();
            var allowed = storing.All(s => s.Options is not null) ? storing.SelectMany(s => s.Options!.Values)
                : storing.All(s => s.Kind == StepKind.AskConfirm) ? ["yes", "no", "true", "false"]
                : null;
            var wrong = storing.Count == 0 || allowed is null ? null : step.When.Values.FirstOrDefault(v => !allowed.Contains(v));
            if (wrong is not null)
            {
                context.Errors.Add(flow.File, step.Line, $"'{step.When.Field}' is never '{wrong}': the questions storing it answer {string.Join(", ", allowed!.Distinct())}");
            }
        }
    }
}

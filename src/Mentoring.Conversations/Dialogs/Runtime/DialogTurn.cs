using System.Text.Json.Nodes;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Dialogs.Definitions;
using Mentoring.Conversations.Dialogs.Recognition;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Conversations.Dialogs.Runtime;

/// <summary>
/// One turn of the runtime: reads the state, handles the message (a command, else the answer to
/// the question waiting), then runs the flows on until the next question or until nothing is left.
/// </summary>
internal sealed class DialogTurn
{
    private readonly DialogCatalog catalog;
    private readonly ITurnContext context;

    public DialogTurn(DialogCatalog catalog, ITurnContext context)
    {
        this.catalog = catalog;
        this.context = context;
        State = new DialogState(context.State, catalog);
        Writer = new DialogWriter(catalog, context, State.Values, catalog.LocaleFor(State.Language, context.Activity.Locale));
    }

    public DialogState State { get; }

    public DialogWriter Writer { get; }

    private Flow StartFlow => catalog.Flows[catalog.Schema.StartFlow];

    private Flow MenuFlow => catalog.Flows[catalog.Schema.MenuFlow ?? catalog.Schema.StartFlow];

    public Task WelcomeAsync(CancellationToken cancellationToken)
    {
        if (!State.IsNew)
        {
            return Task.CompletedTask;
        }

        State.Push(StartFlow);
        return RunAsync(cancellationToken);
    }

    public Task BeginAsync(Flow flow, CancellationToken cancellationToken)
    {
        State.Push(flow);
        return RunAsync(cancellationToken);
    }

    /// <summary>
    /// A flow the service starts for an event. One notice at a time: while a flow another event
    /// started is going on (its question waits for an answer), or a flow this one may start is
    /// (a survey a command asks too), this one waits and starts when nothing is going on. Started on
    /// top of another, it would overwrite the fields that question reads, or restart a flow under
    /// it and lose its answers. A reminder waits only for its own flow: it is about the question
    /// that waits.
    /// </summary>
    public Task BeginEventAsync(Flow flow, JsonObject startedBy, bool reminder, CancellationToken cancellationToken)
    {
        if (reminder ? State.Contains(flow) : State.Event is not null || catalog.FlowsStartedBy(flow).Any(State.Contains))
        {
            State.Enqueue(flow, startedBy);
            return Task.CompletedTask;
        }

        // An event's flow that says nothing (a reminder of a question not waiting here) leaves the
        // question that waits unasked: asking it again would be noise.
        quietlyWaiting = State.Top is { Current.IsQuestion: true } top ? (top, Writer.Said) : null;
        State.Push(flow, startedBy);
        return RunAsync(cancellationToken);
    }

    private (DialogFrame Frame, int Said)? quietlyWaiting;

    public Task ContinueAsync(string? text, CancellationToken cancellationToken)
    {
        // A photo or a voice note without words: say that only text is read, then ask again
        // whatever was waiting. It does not count as a wrong answer.
        var mediaOnly = string.IsNullOrWhiteSpace(text) && context.Activity.Attachments is { Count: > 0 };
        if (mediaOnly)
        {
            Writer.Say(RuntimeTexts.MediaOnly);
        }

        // A new conversation starts at the start, whatever its first message says.
        if (State.IsNew)
        {
            return BeginAsync(StartFlow, cancellationToken);
        }

        if (mediaOnly)
        {
            if (State.Top?.Current is { IsQuestion: true } waiting)
            {
                Writer.Ask(waiting);
                return Task.CompletedTask;
            }

            return State.Top is null ? BeginAsync(MenuFlow, cancellationToken) : RunAsync(cancellationToken);
        }

        var answer = NormalizedText.From(text);
        if (catalog.Commands.TryGetWhole(answer, out var command))
        {
            return RunCommandAsync(command, cancellationToken);
        }

        if (State.Top is not { } frame)
        {
            return State.TryDequeue(catalog, out var waiting, out var startedBy) ? StartAsync(waiting, startedBy, cancellationToken) : BeginAsync(MenuFlow, cancellationToken);
        }

        // Not a question only if the flows changed since the question was asked: carry on from here.
        if (frame.Current is not { IsQuestion: true } step)
        {
            return RunAsync(cancellationToken);
        }

        if (AnswerReader.Read(step, text, answer, Writer.Locale, out var retryKey) is { } value)
        {
            State.Values[step.Store!] = value;
            frame.Answer(frame.Step);
            return RunAsync(cancellationToken);
        }

        frame.Attempts++;
        if (frame.Attempts < step.Attempts)
        {
            Writer.Retry(step, retryKey);
            return Task.CompletedTask;
        }

        // The way out: nobody answers the same question again and again. The question is skipped
        // (its field stays unset, which later conditions can test) and help may start on top;
        // not when help is where they got stuck, which would start it over.
        Writer.Say(RuntimeTexts.Stuck);
        State.Values.Remove(step.Store!);
        frame.Step++;
        frame.Attempts = 0;
        return catalog.Schema.StuckFlow is { } stuck && !State.Contains(catalog.Flows[stuck])
            ? BeginAsync(catalog.Flows[stuck], cancellationToken)
            : RunAsync(cancellationToken);
    }

    private Task RunCommandAsync(Command command, CancellationToken cancellationToken)
    {
        switch (command.Kind)
        {
            case CommandKind.Back:
                return BackAsync(cancellationToken);
            case CommandKind.Cancel:
                State.Clear();
                Writer.Say(RuntimeTexts.Cancelled);
                return BeginAsync(MenuFlow, cancellationToken);
            default:
                if (command.Clear)
                {
                    State.Clear();
                }

                return BeginAsync(catalog.Flows[command.Flow!], cancellationToken);
        }
    }

    /// <summary>Asks the latest answered question of the current flow again, forgetting its answer.</summary>
    private Task BackAsync(CancellationToken cancellationToken)
    {
        if (State.Top is not { } frame)
        {
            return BeginAsync(MenuFlow, cancellationToken);
        }

        if (frame.Back() is not { } previous)
        {
            // Nothing answered yet in this flow: the question waiting is the one to answer again.
            return RunAsync(cancellationToken);
        }

        State.Values.Remove(previous.Store!);
        Writer.Ask(previous);
        return Task.CompletedTask;
    }

    private Task StartAsync(Flow flow, JsonObject? startedBy, CancellationToken cancellationToken)
    {
        State.Push(flow, startedBy);
        return RunAsync(cancellationToken);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            // When nothing is going on, an event that waited starts now, if there is one.
            if (State.Top is not { } frame)
            {
                if (!StartWaiting())
                {
                    break;
                }

                continue;
            }

            if (frame.Current is not { } step)
            {
                State.Pop();
                continue;
            }

            if (step.When is { } when && !when.IsMet(State.Values))
            {
                frame.Step++;
                continue;
            }

            if (step.IsQuestion)
            {
                if (quietlyWaiting is { } waiting && waiting.Frame == frame && waiting.Said == Writer.Said)
                {
                    ForgetIfAsked();
                    return;
                }

                frame.Attempts = 0;
                Writer.Ask(step);
                ForgetIfAsked();
                return;
            }

            frame.Step++;
            switch (step.Kind)
            {
                case StepKind.Say:
                    Writer.Say(step.Text!);
                    break;
                case StepKind.Action:
                    await RunActionAsync(step.Action!, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    State.Push(catalog.Flows[step.Flow!]);
                    break;
            }
        }

        ForgetIfAsked();
    }

    private bool StartWaiting()
    {
        if (!State.TryDequeue(catalog, out var flow, out var startedBy))
        {
            return false;
        }

        State.Push(flow, startedBy);
        return true;
    }

    private void ForgetIfAsked()
    {
        if (State.ForgetAfterTurn)
        {
            State.Forget();
        }
    }

    private Task RunActionAsync(string name, CancellationToken cancellationToken)
    {
        var action = context.Services.GetServices<IDialogAction>().FirstOrDefault(a => a.Name == name)
            ?? throw new InvalidOperationException($"No IDialogAction named '{name}' is registered, though the dialog schema lists it.");
        return action.RunAsync(new DialogActionContext(this, context, catalog), cancellationToken);
    }
}

using System;
using System.Diagnostics;
using System.Threading;
using Spectre.Console;

namespace HardwareToken.Cli.Device;

/// <summary>
/// Tells the user to press the token's button, with the seconds left, while the session waits for the token's
/// final answer. <see cref="Start"/> is the session's AwaitingButton callback; <see cref="Dispose"/> ends the
/// countdown whatever happened. On a terminal one line counts down in place (Spectre.Console status); otherwise
/// a plain line is printed at the start and every 10 seconds, for scripts and logs.
/// </summary>
internal sealed class ButtonPrompt : IDisposable
{
    /// <summary>The words every prompt starts with (tests and scripts wait for them).</summary>
    public const string Words = "press the button on the token to confirm";

    private const int PlainEverySeconds = 10;

    private readonly CliEnvironment env;
    private readonly string what;
    private readonly ManualResetEventSlim stop = new(false);
    private Thread? ticker;

    /// <param name="env">Where to print.</param>
    /// <param name="what">What the press confirms, e.g. "writing slot 2 (AWS)".</param>
    public ButtonPrompt(CliEnvironment env, string what)
    {
        this.env = env;
        this.what = what;
    }

    /// <summary>True once the token asked for the press.</summary>
    public bool Started => ticker is not null;

    /// <summary>Shows the prompt and starts the countdown from <paramref name="seconds"/>.</summary>
    public void Start(int seconds)
    {
        if (ticker is not null)
        {
            return;
        }

        long started = Stopwatch.GetTimestamp();
        int Left() => Math.Max(0, seconds - (int)Stopwatch.GetElapsedTime(started).TotalSeconds);
        string Text(int left) => $"{Words}: {what} ({left} s; a long press cancels)";

        if (env.ErrorIsTerminal && env.ErrorConsole is IAnsiConsole console)
        {
            ticker = new Thread(() => console.Status().Spinner(Spinner.Known.Dots).Start(Markup.Escape(Text(seconds)), context =>
            {
                while (!stop.Wait(200))
                {
                    context.Status(Markup.Escape(Text(Left())));
                }
            }));
        }
        else
        {
            env.Error.WriteLine(Text(seconds));
            env.Error.Flush();
            ticker = new Thread(() =>
            {
                int printed = seconds;
                while (!stop.Wait(250))
                {
                    int left = Left();
                    if (left > 0 && left % PlainEverySeconds == 0 && left != printed)
                    {
                        printed = left;
                        env.Error.WriteLine(Text(left));
                        env.Error.Flush();
                    }
                }
            });
        }

        ticker.IsBackground = true;
        ticker.Name = "button countdown";
        ticker.Start();
    }

    /// <summary>Stops the countdown.</summary>
    public void Dispose()
    {
        stop.Set();
        ticker?.Join();
        stop.Dispose();
    }
}

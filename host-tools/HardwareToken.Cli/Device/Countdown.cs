using System;
using Spectre.Console;

namespace HardwareToken.Cli.Device;

/// <summary>
/// Waits on the calling thread until a moment on the host clock, showing the seconds left: one line updated in
/// place on a terminal, plain lines otherwise (at the start and every 10 seconds). Uses
/// <see cref="CliEnvironment.Now"/> and <see cref="CliEnvironment.Sleep"/>, so tests run it on a simulated clock.
/// </summary>
internal static class Countdown
{
    private const int PlainEverySeconds = 10;

    /// <summary>Returns once <see cref="CliEnvironment.Now"/> reaches <paramref name="until"/>; <paramref name="text"/> gets the whole seconds left.</summary>
    public static void Until(CliEnvironment env, DateTimeOffset until, Func<int, string> text)
    {
        if (env.ErrorIsTerminal && env.ErrorConsole is IAnsiConsole console)
        {
            console.Status().Spinner(Spinner.Known.Clock).Start(Markup.Escape(text(SecondsLeft(env, until))), context =>
            {
                while (Step(env, until))
                {
                    context.Status(Markup.Escape(text(SecondsLeft(env, until))));
                }
            });
            return;
        }

        int printed = -1;
        do
        {
            int left = SecondsLeft(env, until);
            if (left > 0 && (printed < 0 || (left % PlainEverySeconds == 0 && left != printed)))
            {
                printed = left;
                env.Error.WriteLine(text(left));
                env.Error.Flush();
            }
        }
        while (Step(env, until));
    }

    /// <summary>Seconds left, rounded up.</summary>
    private static int SecondsLeft(CliEnvironment env, DateTimeOffset until) =>
        (int)Math.Max(0, Math.Ceiling((until - env.Now()).TotalSeconds));

    /// <summary>Sleeps to the next whole second left (or to the end); false when the moment has come.</summary>
    private static bool Step(CliEnvironment env, DateTimeOffset until)
    {
        TimeSpan left = until - env.Now();
        if (left <= TimeSpan.Zero)
        {
            return false;
        }

        long milliseconds = (long)Math.Ceiling(left.TotalMilliseconds);
        long toNextSecond = milliseconds % 1000 == 0 ? 1000 : milliseconds % 1000;
        env.Sleep(TimeSpan.FromMilliseconds(toNextSecond));
        return true;
    }
}

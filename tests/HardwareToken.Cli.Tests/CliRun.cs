using System;
using System.Collections.Generic;
using System.IO;
using HardwareToken.Cli;
using Spectre.Console;

namespace HardwareToken.Cli.Tests;

/// <summary>One in-process run of hwtoken through <see cref="Program.Run"/>, with captured streams.</summary>
internal sealed class CliRun
{
    public static readonly DateTimeOffset FixedNow = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000);

    public CliRun(int exitCode, string output, string error)
    {
        ExitCode = exitCode;
        Out = output;
        Error = error;
    }

    public int ExitCode { get; }

    public string Out { get; }

    public string Error { get; }

    /// <summary>Standard output split into lines, without the trailing empty one.</summary>
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Runs with <paramref name="stdin"/> piped (not a terminal).</summary>
    public static CliRun Piped(string stdin, params string[] args) => Run(Environment(stdin, null, out StringWriter o, out StringWriter e), args, o, e);

    /// <summary>Runs with a keyboard on stdin that types <paramref name="keys"/> at the hidden prompt.</summary>
    public static CliRun Typed(IEnumerable<ConsoleKeyInfo> keys, params string[] args) => Run(Environment(string.Empty, keys, out StringWriter o, out StringWriter e), args, o, e);

    public static CliEnvironment Environment(string stdin, IEnumerable<ConsoleKeyInfo>? keys, out StringWriter output, out StringWriter error)
    {
        var outWriter = new StringWriter { NewLine = "\n" };
        var errWriter = new StringWriter { NewLine = "\n" };
        IEnumerator<ConsoleKeyInfo>? typing = keys?.GetEnumerator();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(outWriter),
        });
        console.Profile.Width = 200;
        output = outWriter;
        error = errWriter;
        return new CliEnvironment
        {
            In = new StringReader(stdin),
            InputIsTerminal = keys is not null,
            ReadHiddenKey = () => typing!.MoveNext() ? typing.Current : throw new InvalidOperationException("the test typed no more keys"),
            Out = outWriter,
            Error = errWriter,
            Console = console,
            Now = () => FixedNow,
        };
    }

    /// <summary>The keys for typing <paramref name="text"/> and pressing Enter.</summary>
    public static IEnumerable<ConsoleKeyInfo> Keys(string text)
    {
        foreach (char c in text)
        {
            yield return new ConsoleKeyInfo(c, c == '\b' ? ConsoleKey.Backspace : ConsoleKey.A, false, false, false);
        }

        yield return new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false);
    }

    private static CliRun Run(CliEnvironment env, string[] args, StringWriter output, StringWriter error)
    {
        int code = Program.Run(args, env);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}--- stderr\n{Error}";
}

using System;
using System.IO;
using Spectre.Console;

namespace HardwareToken.Cli;

/// <summary>
/// Everything a verb touches outside the process: standard streams, the keyboard, the clock. The real one
/// wraps <see cref="Console"/>; tests pass strings and a fixed clock.
/// </summary>
public sealed class CliEnvironment
{
    /// <summary>Standard input (the secret, when piped).</summary>
    public required TextReader In { get; init; }

    /// <summary>True when standard input is a keyboard, so the secret is typed at a hidden prompt.</summary>
    public required bool InputIsTerminal { get; init; }

    /// <summary>Reads one key without echoing it (Console.ReadKey(intercept: true)).</summary>
    public required Func<ConsoleKeyInfo> ReadHiddenKey { get; init; }

    /// <summary>Standard output: results only.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: prompts, warnings, errors.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Spectre.Console view of standard output, for tables.</summary>
    public required IAnsiConsole Console { get; init; }

    /// <summary>The current time.</summary>
    public required Func<DateTimeOffset> Now { get; init; }

    /// <summary>The process's real console.</summary>
    public static CliEnvironment FromConsole() => new()
    {
        In = System.Console.In,
        InputIsTerminal = !System.Console.IsInputRedirected,
        ReadHiddenKey = () => System.Console.ReadKey(intercept: true),
        Out = System.Console.Out,
        Error = System.Console.Error,
        Console = AnsiConsole.Console,
        Now = () => DateTimeOffset.UtcNow,
    };
}

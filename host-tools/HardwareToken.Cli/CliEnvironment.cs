using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using HardwareToken.Protocol;
using HardwareToken.Transport;
using Spectre.Console;

namespace HardwareToken.Cli;

/// <summary>
/// Everything a verb touches outside the process: standard streams, the keyboard, the clock, serial ports and
/// helper programs. The real one wraps <see cref="Console"/>; tests pass strings, a fake clock and a fake token.
/// </summary>
public sealed class CliEnvironment
{
    /// <summary>Standard input (the secret, when piped; y/N answers and Enter on a terminal).</summary>
    public required TextReader In { get; init; }

    /// <summary>True when standard input is a keyboard, so the secret is typed at a hidden prompt and questions can be asked.</summary>
    public required bool InputIsTerminal { get; init; }

    /// <summary>Reads one key without echoing it (Console.ReadKey(intercept: true)).</summary>
    public required Func<ConsoleKeyInfo> ReadHiddenKey { get; init; }

    /// <summary>Standard output: results only.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: prompts, progress, warnings, errors.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Spectre.Console view of standard output, for tables.</summary>
    public required IAnsiConsole Console { get; init; }

    /// <summary>The current time (the host's UTC).</summary>
    public required Func<DateTimeOffset> Now { get; init; }

    /// <summary>
    /// True when standard error is a terminal: countdowns then update one line in place (Spectre.Console);
    /// otherwise they print plain lines, which scripts and tests read.
    /// </summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Spectre.Console view of standard error, for live countdowns when <see cref="ErrorIsTerminal"/>.</summary>
    public IAnsiConsole? ErrorConsole { get; init; }

    /// <summary>Blocks the calling thread (Thread.Sleep); tests advance a simulated clock instead.</summary>
    public Action<TimeSpan> Sleep { get; init; } = Thread.Sleep;

    /// <summary>
    /// Opens a --port value (<see cref="PortOpener.Open"/>: a device path, a COM port on Windows, or socket://HOST:PORT);
    /// tests return a fake token's channel.
    /// </summary>
    public Func<string, ISerialChannel> OpenPort { get; init; } = PortOpener.Open;

    /// <summary>The candidate serial ports (<see cref="PortLister.List"/>), used when --port is omitted.</summary>
    public Func<IReadOnlyList<SerialPortInfo>> ListPorts { get; init; } = PortLister.List;

    /// <summary>Timeouts of the protocol session.</summary>
    public TokenSessionOptions SessionOptions { get; init; } = new();

    /// <summary>The texts of the QR codes in an image file (<see cref="Provisioning.QrImageDecoder.Decode"/>); tests may replace it.</summary>
    public Func<string, IReadOnlyList<string>> DecodeQr { get; init; } = Provisioning.QrImageDecoder.Decode;

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
        ErrorIsTerminal = !System.Console.IsErrorRedirected,
        ErrorConsole = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Error) }),
    };
}

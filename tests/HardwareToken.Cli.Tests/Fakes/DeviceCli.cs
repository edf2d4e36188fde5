using System;
using System.Collections.Generic;
using System.IO;
using HardwareToken.Cli.Device;
using HardwareToken.Protocol;
using HardwareToken.Transport;
using Spectre.Console;

namespace HardwareToken.Cli.Tests.Fakes;

/// <summary>What the test does when hwtoken asks for the token's button.</summary>
internal enum Button
{
    /// <summary>A short press: confirms.</summary>
    Press,

    /// <summary>A long press: declines.</summary>
    LongPress,

    /// <summary>Nothing: the token times out.</summary>
    Ignore,
}

/// <summary>Runs hwtoken in process against a <see cref="SimulatedToken"/> (or another fake channel).</summary>
internal sealed class DeviceCli
{
    /// <summary>Short protocol timeouts so that silence costs little real time.</summary>
    public static readonly TokenSessionOptions FastSession = new()
    {
        ResponseTimeout = TimeSpan.FromMilliseconds(600),
        QuietPeriod = TimeSpan.FromMilliseconds(1100),
    };

    public DeviceCli(SimulatedToken? token)
    {
        Token = token;
    }

    public SimulatedToken? Token { get; }

    /// <summary>Standard input text: the piped secret, or the answers typed at questions when <see cref="Keys"/> is set.</summary>
    public string Stdin { get; set; } = string.Empty;

    /// <summary>Keys typed at the hidden secret prompt; when set, stdin is a terminal.</summary>
    public IEnumerable<ConsoleKeyInfo>? Keys { get; set; }

    /// <summary>What the test does when hwtoken prints its press prompt.</summary>
    public Button Button { get; set; } = Button.Press;

    /// <summary>Press the button when hwtoken asks to wake the token.</summary>
    public bool WakeWhenAsked { get; set; } = true;

    /// <summary>Replaces <see cref="SimulatedToken.Open"/> (for channels that are not a token).</summary>
    public Func<string, ISerialChannel>? OpenPort { get; set; }

    /// <summary>The candidate ports for runs without --port.</summary>
    public IReadOnlyList<SerialPortInfo> Ports { get; set; } = [new(SimulatedToken.PortPath, SerialPortKind.UsbSerialAdapter, "simulated token", null)];

    /// <summary>More reactions to lines on standard error.</summary>
    public List<(string Phrase, Action<string> Action)> Watches { get; } = [];

    /// <summary>Every line hwtoken printed on standard error, in order (filled by the last run).</summary>
    public CliRun Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new WatchingWriter();
        error.Watch(ButtonPrompt.Words, _ =>
        {
            switch (Button)
            {
                case Button.Press:
                    Token?.ReadConfirmScreen();
                    Token?.Press();
                    break;
                case Button.LongPress:
                    Token?.ReadConfirmScreen();
                    Token?.LongPress();
                    break;
            }
        });
        if (WakeWhenAsked)
        {
            error.Watch(TokenConnection.WakeWords, _ => Token?.Press());
        }

        foreach ((string phrase, Action<string> action) in Watches)
        {
            error.Watch(phrase, action);
        }

        IEnumerator<ConsoleKeyInfo>? typing = Keys?.GetEnumerator();
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;

        // Without a simulated token, a manual clock that Sleep moves forward.
        DateTimeOffset manual = CliRun.FixedNow;
        var env = new CliEnvironment
        {
            In = new StringReader(Stdin),
            InputIsTerminal = Keys is not null,
            ReadHiddenKey = () => typing!.MoveNext() ? typing.Current : throw new InvalidOperationException("the test typed no more keys"),
            Out = output,
            Error = error,
            Console = console,
            Now = Token is null ? () => manual : Token.HostNow,
            Sleep = Token is null ? duration => manual += duration : Token.Skip,
            OpenPort = OpenPort ?? (path => path == SimulatedToken.PortPath && Token is not null
                ? Token.Open()
                : throw new SerialPortException(SerialPortErrorKind.PortNotFound, path, $"{path}: no such port; run `hwtoken ports` to list the serial ports")),
            ListPorts = () => Ports,
            SessionOptions = FastSession,
        };
        int code = Program.Run(args, env);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

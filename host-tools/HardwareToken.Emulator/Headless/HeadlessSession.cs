using System;
using System.IO;
using System.Text;
using System.Threading;
using HardwareToken.Core.Screens;
using HardwareToken.Emulator.Rendering;
using HardwareToken.Emulator.Runtime;

namespace HardwareToken.Emulator.Headless;

/// <summary>
/// Headless mode, for scripts and tests: the first line on stdout is <c>serial &lt;pty path&gt;</c>; then one
/// command per line on stdin, each answered on stdout (docs/emulator.md has the reference):
/// <c>press</c> → <c>ok</c>, <c>long-press</c> → <c>ok</c>, <c>screen</c> → 64 rows and <c>end</c>,
/// <c>state</c> → one <see cref="StateLine"/>, <c>png PATH</c> → <c>ok PATH</c>, <c>quit</c> → <c>bye</c>;
/// anything else → <c>error unknown command: X</c>. Blank lines are ignored; end of input quits silently.
/// </summary>
/// <remarks>
/// Commands run on the loop thread (<see cref="TokenRunner.Post"/>) in the order received, so a reply
/// describes the token between two steps. <c>press</c> replies only after the step that handled the release.
/// Only this class writes to stdout in headless mode; diagnostics go to stderr.
/// </remarks>
internal sealed class HeadlessSession
{
    private readonly TokenRunner _runner;
    private readonly TextReader _input;
    private readonly TextWriter _output;
    private readonly byte[] _visible = new byte[FrameLayout.Size];

    public HeadlessSession(TokenRunner runner, TextReader input, TextWriter output)
    {
        _runner = runner;
        _input = input;
        _output = output;
    }

    /// <summary>Announces the port, then serves commands until <c>quit</c> or end of input.</summary>
    public void Run(string serialPath)
    {
        Reply("serial " + serialPath);
        var reader = new Thread(ReadCommands) { IsBackground = true, Name = "stdin commands" };
        reader.Start();
        _runner.Run();
    }

    private void ReadCommands()
    {
        string? line;
        while ((line = _input.ReadLine()) is not null)
        {
            string command = line;
            _runner.Post(() => Execute(command));
        }

        _runner.Post(_runner.Stop);
    }

    /// <summary>Runs one command line on the loop thread.</summary>
    internal void Execute(string line)
    {
        string trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return;
        }

        int space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        string verb = space < 0 ? trimmed : trimmed[..space];
        string argument = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        switch (verb)
        {
            case "press":
                if (NoArgument(verb, argument))
                {
                    _runner.PressButton(TokenRunner.ShortPressMilliseconds, () => Reply("ok"));
                }

                break;
            case "long-press":
                if (NoArgument(verb, argument))
                {
                    _runner.PressButton(TokenRunner.LongPressMilliseconds, () => Reply("ok"));
                }

                break;
            case "screen":
                if (NoArgument(verb, argument))
                {
                    _runner.Platform.Screen.CopyVisible(_visible);
                    var text = new StringBuilder(FrameLayout.Height * (FrameLayout.Width + 1) + 4);
                    text.Append(FrameText.ToText(_visible)).Append("end");
                    Reply(text.ToString());
                }

                break;
            case "state":
                if (NoArgument(verb, argument))
                {
                    Reply(StateLine.Format(TokenSnapshot.Capture(_runner.App, _runner.Platform.Sleeper.SleepCount)));
                }

                break;
            case "png":
                WritePng(argument);
                break;
            case "quit":
                Reply("bye");
                _runner.Stop();
                break;
            default:
                Reply("error unknown command: " + verb);
                break;
        }
    }

    private void WritePng(string path)
    {
        if (path.Length == 0)
        {
            Reply("error png needs a path: png PATH");
            return;
        }

        try
        {
            _runner.Platform.Screen.CopyVisible(_visible);
            File.WriteAllBytes(path, FramePng.Encode(_visible));
            Reply("ok " + path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            Reply("error cannot write " + path + ": " + e.Message);
        }
    }

    private bool NoArgument(string verb, string argument)
    {
        if (argument.Length == 0)
        {
            return true;
        }

        Reply("error " + verb + " takes no argument");
        return false;
    }

    private void Reply(string text)
    {
        _output.Write(text + "\n");
        _output.Flush();
    }
}

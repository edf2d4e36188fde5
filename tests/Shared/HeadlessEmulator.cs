using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Tests.Support;

/// <summary>
/// The built hwtoken-emulator (a virtual token), headless, as a child process (docs/emulator.md): its first stdout
/// line names the pseudo-terminal; commands go to stdin (press, long-press, state, screen, quit) and each reply is
/// one stdout line. Commands are sent and answered under a lock, so a press sent from a prompt watcher and a
/// command from the test do not take each other's replies. Linked into the emulator and end-to-end tests.
/// </summary>
internal sealed class HeadlessEmulator : IDisposable
{
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);

    private readonly Process process;
    private readonly BlockingCollection<string> lines = new();
    private readonly StringBuilder stderr = new();
    private readonly object commandGate = new();

    private HeadlessEmulator(Process process)
    {
        this.process = process;
    }

    /// <summary>The token's serial port as hwtoken's --port takes it: /dev/pts/N or socket://127.0.0.1:PORT.</summary>
    public string SerialPath { get; private set; } = string.Empty;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public string Stderr
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    /// <summary>As <see cref="Start(EmulatorLink, string, string[])"/> over the pseudo-terminal.</summary>
    public static HeadlessEmulator Start(string state, params string[] extra) => Start(EmulatorLink.Pty, state, extra);

    /// <summary>
    /// Starts <c>hwtoken-emulator --headless --state STATE</c> (over <paramref name="link"/>: its pseudo-terminal, or
    /// <c>--listen 127.0.0.1:0</c>, a free loopback port) with a long display timeout (so the token stays
    /// awake through a test unless the test passes its own <c>--display-timeout</c>) and any <paramref name="extra"/> options.
    /// </summary>
    public static HeadlessEmulator Start(EmulatorLink link, string state, params string[] extra) => Start(StartInfo, link, state, extra);

    /// <summary>As <see cref="Start(EmulatorLink, string, string[])"/>, started by <paramref name="program"/> (e.g. a Windows build under Wine).</summary>
    public static HeadlessEmulator Start(Func<string[], ProcessStartInfo> program, EmulatorLink link, string state, params string[] extra)
    {
        var arguments = new List<string> { "--headless", "--state", state };
        if (link == EmulatorLink.Tcp)
        {
            arguments.AddRange(["--listen", "127.0.0.1:0"]);
        }

        if (Array.IndexOf(extra, "--display-timeout") < 0)
        {
            arguments.AddRange(["--display-timeout", "600"]);
        }

        arguments.AddRange(extra);
        var emulator = new HeadlessEmulator(Process.Start(program([.. arguments]))
            ?? throw new InvalidOperationException("the emulator did not start"));
        emulator.process.StandardInput.AutoFlush = true;
        emulator.process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                emulator.lines.CompleteAdding();
            }
            else
            {
                emulator.lines.Add(e.Data);
            }
        };
        emulator.process.ErrorDataReceived += (_, e) =>
        {
            lock (emulator.stderr)
            {
                emulator.stderr.AppendLine(e.Data);
            }
        };
        emulator.process.BeginOutputReadLine();
        emulator.process.BeginErrorReadLine();

        string first = emulator.NextLine();
        string expected = link == EmulatorLink.Tcp ? "serial socket://127.0.0.1:" : "serial /dev/";
        Assert.IsTrue(first.StartsWith(expected, StringComparison.Ordinal), "first line: " + first);
        emulator.SerialPath = first["serial ".Length..];
        return emulator;
    }

    /// <summary>How to run the built emulator with <paramref name="arguments"/>, all three streams redirected.</summary>
    public static ProcessStartInfo StartInfo(params string[] arguments) => DotnetProgram.StartInfo("hwtoken-emulator", arguments);

    /// <summary>Sends one command line without reading a reply.</summary>
    public void Send(string line) => process.StandardInput.WriteLine(line);

    /// <summary>Closes stdin (end of input).</summary>
    public void CloseInput() => process.StandardInput.Close();

    /// <summary>Sends one command and returns its one-line reply.</summary>
    public string Command(string command)
    {
        lock (commandGate)
        {
            process.StandardInput.WriteLine(command);
            return NextLine();
        }
    }

    /// <summary>A short press; fails unless the emulator answers ok.</summary>
    public void Press() => Assert.AreEqual("ok", Command("press"));

    /// <summary>A long press (declines a pending change).</summary>
    public void LongPress() => Assert.AreEqual("ok", Command("long-press"));

    /// <summary>
    /// How long a user reads the confirm screen before pressing: more than the token's 0.5 s minimum (a press that
    /// begins earlier is ignored).
    /// </summary>
    public const int ConfirmReadMilliseconds = 700;

    /// <summary>Reads the confirm screen, then presses (confirms); returns the emulator's answer.</summary>
    public string ConfirmCommand()
    {
        System.Threading.Thread.Sleep(ConfirmReadMilliseconds);
        return Command("press");
    }

    /// <summary>Reads the confirm screen, then presses: confirms a pending change.</summary>
    public void ConfirmPress() => Assert.AreEqual("ok", ConfirmCommand());

    /// <summary>Reads the confirm screen, then holds the button: declines a pending change.</summary>
    public void DeclinePress()
    {
        System.Threading.Thread.Sleep(ConfirmReadMilliseconds);
        LongPress();
    }

    /// <summary>The <c>state</c> line as key=value pairs (label percent-decoded).</summary>
    public Dictionary<string, string> State()
    {
        string line = Command("state");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in line.Split(' '))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            Assert.IsTrue(eq > 0, "key=value: " + line);
            fields.Add(pair[..eq], pair[..eq] == "label" ? Uri.UnescapeDataString(pair[(eq + 1)..]) : pair[(eq + 1)..]);
        }

        return fields;
    }

    /// <summary>Polls <c>state</c> until <paramref name="done"/> holds; fails after <paramref name="limit"/>.</summary>
    public Dictionary<string, string> WaitForState(Func<Dictionary<string, string>, bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Dictionary<string, string> state = State();
            if (done(state))
            {
                return state;
            }

            if (clock.Elapsed > limit)
            {
                Assert.Fail("the emulator never reached the expected state; last: " + string.Join(' ', state));
            }

            Thread.Sleep(100);
        }
    }

    /// <summary>The code screen for slot <paramref name="slot"/> (0-based), pressing to switch as a person would.</summary>
    public Dictionary<string, string> ShowSlot(int slot)
    {
        WaitForState(s => s["screen"] == "Code", TimeSpan.FromSeconds(8));
        for (int i = 0; i < 8; i++)
        {
            Dictionary<string, string> state = State();
            if (state["screen"] == "Code" && state["slot"] == slot.ToString())
            {
                return state;
            }

            Press();
        }

        Assert.Fail($"pressing never showed slot {slot}");
        return [];
    }

    /// <summary><c>screen</c>: the 64 rows (the <c>end</c> line checked and dropped).</summary>
    public string[] Screen()
    {
        lock (commandGate)
        {
            Send("screen");
            var rows = new string[64];
            for (int i = 0; i < rows.Length; i++)
            {
                rows[i] = NextLine();
            }

            Assert.AreEqual("end", NextLine());
            return rows;
        }
    }

    /// <summary>SIGKILL, like pulling the power.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    /// <summary>Sends <c>quit</c>, expects <c>bye</c> and an exit; returns the exit code.</summary>
    public int Quit()
    {
        Assert.AreEqual("bye", Command("quit"));
        return WaitForExit();
    }

    public int WaitForExit()
    {
        Assert.IsTrue(process.WaitForExit(TimeSpan.FromSeconds(10)), "the emulator exits");
        process.WaitForExit(); // drains the asynchronous readers
        return process.ExitCode;
    }

    /// <summary>The next stdout line; fails the test after <see cref="ReplyTimeout"/> or at end of output.</summary>
    public string NextLine()
    {
        try
        {
            if (lines.TryTake(out string? line, ReplyTimeout))
            {
                return line;
            }
        }
        catch (InvalidOperationException)
        {
            // stdout closed
        }

        Assert.Fail("no reply from the emulator within " + ReplyTimeout + "; stderr:\n" + Stderr);
        return string.Empty;
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
        }

        process.Dispose();
    }
}

/// <summary>How a test reaches the virtual token: its pseudo-terminal (the default) or its TCP link (--listen).</summary>
public enum EmulatorLink
{
    /// <summary>The pseudo-terminal, /dev/pts/N.</summary>
    Pty,

    /// <summary>The TCP link, socket://127.0.0.1:PORT.</summary>
    Tcp,
}

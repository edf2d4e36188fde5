using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.EndToEnd.Tests.Support;

/// <summary>
/// The built hwtoken-emulator (a virtual token), headless, as a child process (docs/emulator.md): its first stdout line names the
/// pseudo-terminal; commands go to stdin (press, long-press, state, quit) and each reply is one stdout line.
/// Replies are read under a lock, so a command sent from hwtoken's prompt watcher and one from the test do not
/// take each other's replies.
/// </summary>
internal sealed class VirtualToken : IDisposable
{
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);

    private readonly Process process;
    private readonly BlockingCollection<string> lines = new();
    private readonly StringBuilder stderr = new();
    private readonly object commandGate = new();

    private VirtualToken(Process process)
    {
        this.process = process;
    }

    /// <summary>The pseudo-terminal hwtoken opens.</summary>
    public string Port { get; private set; } = string.Empty;

    public bool HasExited => process.HasExited;

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

    /// <summary>
    /// Starts <c>hwtoken-emulator --headless --state STATE</c> with a long display timeout (so the token stays awake
    /// through a test unless it asks otherwise) and any <paramref name="extra"/> options.
    /// </summary>
    public static VirtualToken Start(string state, params string[] extra)
    {
        var arguments = new List<string> { "--headless", "--state", state };
        if (Array.IndexOf(extra, "--display-timeout") < 0)
        {
            arguments.AddRange(["--display-timeout", "600"]);
        }

        arguments.AddRange(extra);
        var emulator = new VirtualToken(Process.Start(DotnetProgram.StartInfo("hwtoken-emulator", [.. arguments]))
            ?? throw new InvalidOperationException("dotnet did not start"));
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
        Assert.IsTrue(first.StartsWith("serial /dev/", StringComparison.Ordinal), "first line: " + first);
        emulator.Port = first["serial ".Length..];
        return emulator;
    }

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

    /// <summary>SIGKILL, like pulling the power.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    /// <summary>quit, bye, exit code 0.</summary>
    public void Quit()
    {
        Assert.AreEqual("bye", Command("quit"));
        Assert.IsTrue(process.WaitForExit(TimeSpan.FromSeconds(10)), "the emulator exits");
        Assert.AreEqual(0, process.ExitCode);
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

    private string NextLine()
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
}

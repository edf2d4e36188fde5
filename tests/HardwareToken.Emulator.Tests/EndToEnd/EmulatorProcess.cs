using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Emulator.Tests.EndToEnd;

/// <summary>
/// The built hwtoken-emulator (copied next to the tests by the project reference) running headless as a child
/// process: stdin for commands, stdout lines for replies, stderr kept for failure messages.
/// </summary>
internal sealed class EmulatorProcess : IDisposable
{
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);

    private readonly Process _process;
    private readonly BlockingCollection<string> _lines = new();
    private readonly StringBuilder _stderr = new();

    private EmulatorProcess(Process process)
    {
        _process = process;
        SerialPath = string.Empty;
    }

    /// <summary>The pseudo-terminal the emulator announced.</summary>
    public string SerialPath { get; private set; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Stderr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet hwtoken-emulator.dll --headless --state STATE extra...</c> and reads the serial line.</summary>
    public static EmulatorProcess Start(string state, params string[] extra)
    {
        var arguments = new List<string> { "--headless", "--state", state };
        arguments.AddRange(extra);
        ProcessStartInfo info = StartInfo(arguments.ToArray());

        var emulator = new EmulatorProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
        emulator._process.StandardInput.AutoFlush = true;
        emulator._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                emulator._lines.CompleteAdding();
            }
            else
            {
                emulator._lines.Add(e.Data);
            }
        };
        emulator._process.ErrorDataReceived += (_, e) =>
        {
            lock (emulator._stderr)
            {
                emulator._stderr.AppendLine(e.Data);
            }
        };
        emulator._process.BeginOutputReadLine();
        emulator._process.BeginErrorReadLine();

        string first = emulator.NextLine();
        Assert.IsTrue(first.StartsWith("serial /dev/", StringComparison.Ordinal), "first line: " + first);
        emulator.SerialPath = first["serial ".Length..];
        return emulator;
    }

    /// <summary>How to run the built emulator with <paramref name="arguments"/>, all three streams redirected.</summary>
    public static ProcessStartInfo StartInfo(params string[] arguments)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "hwtoken-emulator.dll");
        Assert.IsTrue(File.Exists(dll), "the emulator is built next to the tests: " + dll);
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(dll);
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }

    /// <summary>The next stdout line; fails the test after <see cref="ReplyTimeout"/> or at end of output.</summary>
    public string NextLine()
    {
        try
        {
            if (_lines.TryTake(out string? line, ReplyTimeout))
            {
                return line;
            }
        }
        catch (InvalidOperationException)
        {
            // completed: the process closed stdout
        }

        Assert.Fail("no reply from the emulator within " + ReplyTimeout + "; stderr:\n" + Stderr);
        return string.Empty;
    }

    /// <summary>Sends one command line without reading a reply.</summary>
    public void Send(string line) => _process.StandardInput.WriteLine(line);

    /// <summary>Closes stdin (end of input).</summary>
    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Sends a command and returns its one-line reply.</summary>
    public string Command(string line)
    {
        Send(line);
        return NextLine();
    }

    /// <summary><c>state</c>, as a dictionary.</summary>
    public Dictionary<string, string> State()
    {
        string line = Command("state");
        var fields = new Dictionary<string, string>();
        foreach (string pair in line.Split(' '))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            Assert.IsTrue(eq > 0, "key=value: " + line);
            fields.Add(pair[..eq], pair[(eq + 1)..]);
        }

        return fields;
    }

    /// <summary>Polls <c>state</c> until <paramref name="done"/> holds (fails after <paramref name="limit"/>).</summary>
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
                Assert.Fail("state never reached the expected value; last: " + string.Join(' ', state));
            }

            System.Threading.Thread.Sleep(100);
        }
    }

    /// <summary><c>screen</c>: the 64 rows (the <c>end</c> line checked and dropped).</summary>
    public string[] Screen()
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

    /// <summary>Sends <c>quit</c>, expects <c>bye</c> and a clean exit; returns the exit code.</summary>
    public int Quit()
    {
        Assert.AreEqual("bye", Command("quit"));
        return WaitForExit();
    }

    public int WaitForExit()
    {
        Assert.IsTrue(_process.WaitForExit(TimeSpan.FromSeconds(10)), "the emulator exits");
        _process.WaitForExit(); // drains the asynchronous readers
        return _process.ExitCode;
    }

    /// <summary>Kills the process at once (SIGKILL), like pulling the power.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit(TimeSpan.FromSeconds(10));
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // never started or already gone
        }

        _process.Dispose();
    }
}

using HardwareToken.Tests.Support;
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.EndToEnd.Tests.Support;

/// <summary>What one hwtoken run did.</summary>
internal sealed record HwtokenRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}--- stderr\n{Error}";
}

/// <summary>
/// The built hwtoken as a child process with stdin piped (the secret) and both outputs captured. Standard error
/// is watched line by line, so a test can act on a prompt, e.g. send <c>press</c> to the emulator when hwtoken
/// asks for the button, as a person watching the terminal would.
/// </summary>
internal sealed class Hwtoken
{
    /// <summary>The words of hwtoken's button prompt (ButtonPrompt.Words).</summary>
    public const string PressPrompt = "press the button on the token to confirm";

    /// <summary>The words of hwtoken's wake-up hint (TokenConnection.WakeWords).</summary>
    public const string WakePrompt = "press the token's button once to wake it";

    private readonly List<(string Phrase, Action<string> Action)> watches = [];

    /// <summary>Piped to standard input, then closed.</summary>
    public string Stdin { get; init; } = string.Empty;

    /// <summary>
    /// How to start hwtoken with the given arguments: the built hwtoken.dll by default; the Wine tests start the
    /// published win-x64 hwtoken.exe under Wine.
    /// </summary>
    public Func<string[], ProcessStartInfo> Program { get; init; } = args => DotnetProgram.StartInfo("hwtoken", args);

    /// <summary>The longest a run may take.</summary>
    public TimeSpan Limit { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Runs hwtoken with <paramref name="args"/> and nothing on stdin.</summary>
    public static HwtokenRun Run(params string[] args) => new Hwtoken().Start(args);

    /// <summary>Calls <paramref name="action"/> (on a reader thread) for every line of standard error containing <paramref name="phrase"/>.</summary>
    public Hwtoken When(string phrase, Action<string> action)
    {
        watches.Add((phrase, action));
        return this;
    }

    /// <summary>Presses the emulator's button at every button prompt.</summary>
    public Hwtoken PressingOn(HeadlessEmulator emulator) => When(PressPrompt, _ => emulator.ConfirmPress());

    public HwtokenRun Start(params string[] args)
    {
        using Process process = Process.Start(Program(args)) ?? throw new InvalidOperationException("hwtoken did not start");
        var output = new StringBuilder();
        var error = new StringBuilder();
        var failures = new List<Exception>();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.Append(e.Data).Append('\n');
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (error)
            {
                error.Append(e.Data).Append('\n');
            }

            foreach ((string phrase, Action<string> action) in watches)
            {
                if (e.Data.Contains(phrase, StringComparison.Ordinal))
                {
                    try
                    {
                        action(e.Data);
                    }
                    catch (Exception failure)
                    {
                        lock (failures)
                        {
                            failures.Add(failure);
                        }
                    }
                }
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            process.StandardInput.Write(Stdin);
            process.StandardInput.Close();
        }
        catch (System.IO.IOException)
        {
            // hwtoken exited before reading its input (a usage error): the exit code tells.
        }

        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"hwtoken {string.Join(' ', args)} did not finish within {Limit}; stderr so far:\n{error}");
        }

        process.WaitForExit(); // drains the readers
        lock (failures)
        {
            if (failures.Count > 0)
            {
                throw new AggregateException("a prompt action failed", failures);
            }
        }

        return new HwtokenRun(process.ExitCode, output.ToString(), error.ToString());
    }
}

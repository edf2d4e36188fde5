using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;

namespace HardwareToken.Cli;

/// <summary>Runs a helper program found on PATH, without a shell, and collects its standard output.</summary>
internal static class ExternalProgram
{
    /// <summary>How long a helper may run.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>The program's exit code and output, or null when <paramref name="program"/> is not on PATH.</summary>
    public static ToolResult? Run(string program, IReadOnlyList<string> arguments)
    {
        if (Find(program) is not string path)
        {
            return null;
        }

        var info = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            using Process process = Process.Start(info) ?? throw new Win32Exception($"{program} did not start");
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            string output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                throw new CliFailure(ExitCodes.InputError, $"{program} did not finish within {Limit.TotalSeconds:0} s");
            }

            _ = error.Result;
            return new ToolResult(process.ExitCode, output);
        }
        catch (Win32Exception e)
        {
            throw new CliFailure(ExitCodes.InputError, $"cannot run {path}: {e.Message}");
        }
    }

    private static string? Find(string program)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (dir.Length == 0)
            {
                continue;
            }

            string candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

#nullable enable
using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Tests.Support;

/// <summary>
/// Finds a helper program on PATH (oathtool, socat, zbarimg). Missing under CI=true is a failure, because
/// .ci/run installs it; elsewhere the test is reported inconclusive with the package to install. Linked into
/// every desktop test project that runs external programs.
/// </summary>
internal static class ExternalTool
{
    /// <summary>True under CI=true, where a missing prerequisite fails a test instead of skipping it.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string Require(string program, string package)
    {
        string? found = Find(program);
        if (found is not null)
        {
            return found;
        }

        Missing($"{program} is not installed (apt-get install {package}); this test needs it");
        return string.Empty;
    }

    /// <summary>
    /// The value of an environment variable a CI script sets before the test pass (e.g. the path of a published
    /// build); <paramref name="setBy"/> says what sets it. Unset is a prerequisite missing, as for a program.
    /// </summary>
    public static string RequireVariable(string variable, string setBy)
    {
        string? value = Environment.GetEnvironmentVariable(variable);
        if (!string.IsNullOrEmpty(value))
        {
            return value;
        }

        Missing($"{variable} is not set: {setBy} and sets it");
        return string.Empty;
    }

    /// <summary>A missing prerequisite: a failure under CI=true (.ci/run provides it), inconclusive elsewhere.</summary>
    private static void Missing(string message)
    {
        if (InCi)
        {
            Assert.Fail(message + " and CI=true, so it fails instead of skipping");
        }

        Assert.Inconclusive(message + "; skipped");
    }

    /// <summary>Pseudo-terminals and termios exist on Linux and macOS only.</summary>
    public static void RequirePosix()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("serial ports and pseudo-terminals are Linux/macOS only");
        }
    }

    public static string? Find(string program)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(dir, program);
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}

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

        string message = $"{program} is not installed (apt-get install {package}); this test needs it";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + " and CI=true, so it fails instead of skipping");
        }

        Assert.Inconclusive(message + "; skipped");
        return string.Empty;
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

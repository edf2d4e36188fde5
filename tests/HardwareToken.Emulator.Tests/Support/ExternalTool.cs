using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Emulator.Tests.Support;

/// <summary>
/// Finds a helper program on PATH. Missing under CI=true is a failure (CI installs it); elsewhere the test is
/// reported inconclusive with the package to install.
/// </summary>
internal static class ExternalTool
{
    public static string Require(string program, string package)
    {
        foreach (string dir in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator))
        {
            string candidate = System.IO.Path.Combine(dir, program);
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        string message = $"{program} is not installed (apt-get install {package}); these tests need it";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + " and CI=true, so they fail instead of skipping");
        }

        Assert.Inconclusive(message + "; skipped");
        return string.Empty;
    }

    public static void RequirePosix()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("the emulator's serial port is a pseudo-terminal: Linux/macOS only");
        }
    }
}

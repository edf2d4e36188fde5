using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Transport.Tests;

/// <summary>
/// Finds a helper program on PATH. Missing under CI=true is a failure (CI installs it); elsewhere the test is
/// reported inconclusive with the package to install.
/// </summary>
internal static class ExternalTool
{
    public static string Require(string program, string package)
    {
        string? found = Find(program);
        if (found is not null)
        {
            return found;
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
            Assert.Inconclusive("serial transport is Linux/macOS only");
        }
    }

    private static string? Find(string program)
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

using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

/// <summary>
/// Finds a helper program on PATH. Missing under CI=true is a failure (CI installs it); elsewhere the test is
/// reported inconclusive with the package to install.
/// </summary>
internal static class ExternalTool
{
    public static string Require(string program, string package)
    {
        foreach (string dir in (System.Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(dir, program);
            if (dir.Length > 0 && File.Exists(candidate))
            {
                return candidate;
            }
        }

        string message = $"{program} is not installed (apt-get install {package}); this test needs it";
        if (string.Equals(System.Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(message + " and CI=true, so it fails instead of skipping");
        }

        Assert.Inconclusive(message + "; skipped");
        return string.Empty;
    }
}

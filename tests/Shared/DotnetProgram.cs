using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Tests.Support;

/// <summary>How to run a program built next to the tests (<c>dotnet NAME.dll args</c>) with its streams redirected.</summary>
internal static class DotnetProgram
{
    public static ProcessStartInfo StartInfo(string assembly, params string[] arguments)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, assembly + ".dll");
        Assert.IsTrue(File.Exists(dll), "built next to the tests: " + dll);

        // The dotnet CLI tells child processes where its host is; outside it, dotnet is on PATH.
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(dll);
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }
}

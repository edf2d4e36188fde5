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
        return Redirected(Host, [dll, .. arguments]);
    }

    /// <summary>The dotnet host the tests run under.</summary>
    public static string Host => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>Any program with all three streams redirected (UTF-8 output) and <paramref name="arguments"/> as given.</summary>
    public static ProcessStartInfo Redirected(string program, params string[] arguments)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return info;
    }
}

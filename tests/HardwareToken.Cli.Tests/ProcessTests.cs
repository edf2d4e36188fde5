using System;
using System.Diagnostics;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

/// <summary>The built program as a user runs it: a separate process with stdin piped.</summary>
[TestClass]
public sealed class ProcessTests
{
    private const string Rfc6238 = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [TestMethod]
    public void PipedSecretGivesTheRfcCode()
    {
        (int code, string output, string error) = Hwtoken(Rfc6238 + "\n", "code", "--time", "59");
        Assert.AreEqual(0, code, error);
        Assert.AreEqual("287082  (valid 1 s)\n", output);
    }

    [TestMethod]
    public void ExitCodesReachTheShell()
    {
        Assert.AreEqual(ExitCodes.InputError, Hwtoken("not base32!", "code").Code);
        Assert.AreEqual(ExitCodes.UsageError, Hwtoken(string.Empty, "code", Rfc6238).Code);
        Assert.AreEqual(ExitCodes.UsageError, Hwtoken(string.Empty, "code", "--digits", "5").Code);
        Assert.AreEqual(ExitCodes.Ok, Hwtoken(string.Empty, "--help").Code);
    }

    private static (int Code, string Output, string Error) Hwtoken(string stdin, params string[] args)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "hwtoken.dll");
        // The dotnet CLI tells child processes where its host is; outside it, dotnet is on PATH.
        string host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var info = new ProcessStartInfo(host)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(info)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        Assert.IsTrue(process.WaitForExit(60_000), "hwtoken did not finish");
        return (process.ExitCode, output, error);
    }
}

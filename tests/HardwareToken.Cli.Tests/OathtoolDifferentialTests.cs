using System;
using System.Diagnostics;
using HardwareToken.Core.Text;
using HardwareToken.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

/// <summary>hwtoken code against oathtool, an independent TOTP implementation, on random secrets and times.</summary>
[TestClass]
public sealed class OathtoolDifferentialTests
{
    [TestMethod]
    public void TwoHundredRandomAwsSizedSecretsMatchOathtool()
    {
        string oathtool = ExternalTool.Require("oathtool", "oathtool");
        var random = new Random(20261123);
        for (int i = 0; i < 200; i++)
        {
            var key = new byte[40];
            random.NextBytes(key);
            long time = random.NextInt64(0, 1L << 36);
            int digits = i % 4 == 3 ? 8 : 6;
            int period = i % 5 == 4 ? 60 : 30;
            string secret = Base32.Encode(key, 0, key.Length, false);

            string expected = Oathtool(oathtool, $"--totp -b -d {digits} -s {period}s --now=@{time} -", secret);
            string[] args = i % 2 == 0
                ? ["code", "-q", "--time", time.ToString(), "--digits", digits.ToString(), "--period", period.ToString()]
                : ["code", "-q", "--time", DateTimeOffset.FromUnixTimeSeconds(time).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), "--digits", digits.ToString(), "--period", period.ToString()];
            // Every other case pastes the secret lower-case in groups of four, as people do.
            string pasted = i % 3 == 0 ? Grouped(secret.ToLowerInvariant()) : secret;
            CliRun run = CliRun.Piped(pasted + "\n", args);
            Assert.AreEqual(0, run.ExitCode, $"case {i}: {run}");
            Assert.AreEqual(expected + "\n", run.Out, $"case {i}: T={time}, {digits} digits, {period} s");
        }
    }

    [TestMethod]
    public void WindowMatchesOathtoolsWindow()
    {
        string oathtool = ExternalTool.Require("oathtool", "oathtool");
        var key = new byte[40];
        new Random(7).NextBytes(key);
        string secret = Base32.Encode(key, 0, key.Length, false);
        // oathtool -w N prints the code at T and the N following ones.
        string expected = Oathtool(oathtool, "--totp -b -w 5 --now=@1795428000 -", secret);
        CliRun run = CliRun.Piped(secret, "code", "-q", "-w", "5", "-t", "1795428000");
        Assert.AreEqual(expected.Replace("\r", string.Empty) + "\n", run.Out);
    }

    private static string Grouped(string text)
    {
        var parts = new System.Collections.Generic.List<string>();
        for (int i = 0; i < text.Length; i += 4)
        {
            parts.Add(text.Substring(i, Math.Min(4, text.Length - i)));
        }

        return string.Join(' ', parts);
    }

    private static string Oathtool(string oathtool, string arguments, string stdin)
    {
        var info = new ProcessStartInfo(oathtool, arguments)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using Process process = Process.Start(info)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.AreEqual(0, process.ExitCode, "oathtool: " + error);
        return output.TrimEnd('\n');
    }
}

using HardwareToken.EndToEnd.Tests.Support;
using HardwareToken.Tests.Support;
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.EndToEnd.Tests;

/// <summary>
/// The README's install route, as a user takes it: the hwtoken and hwtoken-emulator packages that .ci/cross-platform
/// packs (HWTOKEN_TOOL_FEED) are installed with <c>dotnet tool install</c> from that folder alone (a NuGet config that
/// clears every other source, so a package of the same name elsewhere can never be picked), and the installed
/// commands provision each other: the installed emulator listens on TCP, the installed hwtoken writes a random
/// secret to it, and the code equals oathtool's.
/// </summary>
[TestClass]
public sealed class ToolPackageTests
{
    /// <summary>The environment variable naming the folder the two tool packages were packed into.</summary>
    public const string FeedVariable = "HWTOKEN_TOOL_FEED";

    [TestMethod]
    [Timeout(240_000, CooperativeCancellation = true)]
    public void TheInstalledToolsProvisionEachOther()
    {
        string feed = Feed();
        using var tools = new TempFolder();
        string config = Path.Combine(tools.Path, "nuget.config");
        File.WriteAllText(config,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration><packageSources><clear />"
            + $"<add key=\"hwtoken-packs\" value=\"{feed}\" /></packageSources></configuration>\n");
        string bin = Path.Combine(tools.Path, "bin");
        foreach (string package in new[] { "hwtoken", "hwtoken-emulator" })
        {
            (int exit, string output) = Dotnet("tool", "install", package, "--tool-path", bin, "--configfile", config);
            Assert.AreEqual(0, exit, $"dotnet tool install {package}:\n{output}");
        }

        string hwtoken = Path.Combine(bin, OperatingSystem.IsWindows() ? "hwtoken.exe" : "hwtoken");
        string emulatorCommand = Path.Combine(bin, OperatingSystem.IsWindows() ? "hwtoken-emulator.exe" : "hwtoken-emulator");
        Assert.IsTrue(File.Exists(hwtoken), "the hwtoken command is installed");
        Assert.IsTrue(File.Exists(emulatorCommand), "the hwtoken-emulator command is installed");

        HwtokenRun version = new Hwtoken { Program = Installed(hwtoken) }.Start("--version");
        Assert.AreEqual(0, version.ExitCode, version.ToString());

        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(Installed(emulatorCommand), EmulatorLink.Tcp, state.Path);
        string secret = Keys.RandomAwsBase32();
        HwtokenRun provision = new Hwtoken { Program = Installed(hwtoken), Stdin = secret + "\n" }
            .PressingOn(emulator).Start("provision", "--port", emulator.SerialPath, "--label", "tool");
        Assert.AreEqual(0, provision.ExitCode, provision.ToString());
        Assert.AreEqual("slot 1 \"tool\" written and verified\n", provision.Out);

        Dictionary<string, string> shown = emulator.WaitForState(s => s["screen"] == "Code", TimeSpan.FromSeconds(8));
        Assert.AreEqual(Oathtool.Totp(secret, long.Parse(shown["utc"])), shown["code"], "the installed tools' token computes oathtool's code");
        emulator.Quit();
    }

    private static string Feed()
    {
        string feed = ExternalTool.RequireVariable(FeedVariable, ".ci/cross-platform packs hwtoken and hwtoken-emulator");
        Assert.IsTrue(Directory.Exists(feed), $"{FeedVariable}={feed} does not exist: the pack failed (see the CI log)");
        return feed;
    }

    /// <summary>How to start an installed tool command with its streams redirected.</summary>
    private static Func<string[], ProcessStartInfo> Installed(string command) => args => DotnetProgram.Redirected(command, args);

    private static (int ExitCode, string Output) Dotnet(params string[] args)
    {
        ProcessStartInfo info = DotnetProgram.Redirected(DotnetProgram.Host, args);
        using Process process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("dotnet " + string.Join(' ', args) + " took over 120 s:\n" + output);
        }

        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }
}

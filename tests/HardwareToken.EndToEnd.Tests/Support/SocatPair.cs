using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using HardwareToken.Tests.Support;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.EndToEnd.Tests.Support;

/// <summary>
/// Two pseudo-terminals joined by socat: hwtoken opens <see cref="Near"/>; the test plays whatever is at
/// <see cref="Far"/> (nothing at all, or a device that answers garbage).
/// </summary>
internal sealed class SocatPair : IDisposable
{
    private readonly Process process;
    private readonly TempFolder folder = new();

    public SocatPair()
    {
        string socat = ExternalTool.Require("socat", "socat");
        Near = folder.File("near");
        Far = folder.File("far");
        var info = new ProcessStartInfo(socat)
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add($"pty,raw,echo=0,link={Near}");
        info.ArgumentList.Add($"pty,raw,echo=0,link={Far}");
        process = Process.Start(info) ?? throw new InvalidOperationException("socat did not start");
        var clock = Stopwatch.StartNew();
        while (!(File.Exists(Near) && File.Exists(Far)))
        {
            Assert.IsTrue(clock.Elapsed < TimeSpan.FromSeconds(10) && !process.HasExited, "socat made no pty pair: " + (process.HasExited ? process.StandardError.ReadToEnd() : "timeout"));
            Thread.Sleep(20);
        }
    }

    /// <summary>The end hwtoken opens.</summary>
    public string Near { get; }

    /// <summary>The other end.</summary>
    public string Far { get; }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit(TimeSpan.FromSeconds(5));
        }

        process.Dispose();
        folder.Dispose();
    }
}

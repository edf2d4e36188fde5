using HardwareToken.Tests.Support;
using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace HardwareToken.Transport.Tests;

/// <summary>
/// Two linked pseudo-terminals made by a socat child process
/// (<c>socat -d -d pty,raw,echo=0,link=DIR/a pty,raw,echo=0,link=DIR/b</c>): what is written on A arrives on B
/// and back. Dispose kills socat and removes the directory.
/// </summary>
internal sealed class SocatPair : IDisposable
{
    private readonly Process process;
    private readonly string directory;

    private SocatPair(Process process, string directory)
    {
        this.process = process;
        this.directory = directory;
    }

    public string A => Path.Combine(directory, "a");

    public string B => Path.Combine(directory, "b");

    public static SocatPair Start()
    {
        string socat = ExternalTool.Require("socat", "socat");
        string directory = Directory.CreateTempSubdirectory("hwtoken-socat-").FullName;
        var info = new ProcessStartInfo(socat)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("-d");
        info.ArgumentList.Add("-d");
        info.ArgumentList.Add($"pty,raw,echo=0,link={Path.Combine(directory, "a")}");
        info.ArgumentList.Add($"pty,raw,echo=0,link={Path.Combine(directory, "b")}");
        Process process = Process.Start(info) ?? throw new InvalidOperationException("socat did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var pair = new SocatPair(process, directory);

        // socat logs "starting data transfer loop" once both ends exist; the links are the observable part.
        var clock = Stopwatch.StartNew();
        while (!(File.Exists(pair.A) && File.Exists(pair.B)))
        {
            if (process.HasExited || clock.Elapsed > TimeSpan.FromSeconds(10))
            {
                pair.Dispose();
                throw new InvalidOperationException("socat did not create its pseudo-terminals within 10 s");
            }

            Thread.Sleep(10);
        }

        Thread.Sleep(100); // let socat enter its transfer loop
        return pair;
    }

    /// <summary>Kills socat: both pseudo-terminal masters close, as when a USB adapter is pulled.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit(5000);
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

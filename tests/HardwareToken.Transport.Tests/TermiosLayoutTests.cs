using HardwareToken.Tests.Support;
using System;
using System.Diagnostics;
using HardwareToken.Transport.Native;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Transport.Tests;

[TestClass]
public sealed class TermiosLayoutTests
{
    [TestMethod]
    public void LinuxShapeMatchesGlibc()
    {
        // glibc x86-64/arm64: sizeof(struct termios) == 60, four 4-byte flag words, c_line, c_cc at 17.
        Assert.AreEqual(60, PosixConstants.Linux.TermiosSize);
        Assert.AreEqual(4, PosixConstants.Linux.FlagWordSize);
        Assert.AreEqual(17, PosixConstants.Linux.ControlCharsOffset);
    }

    [TestMethod]
    public void MacOSShapeMatchesDarwin()
    {
        // Darwin: sizeof(struct termios) == 72, four 8-byte flag words, c_cc at 32.
        Assert.AreEqual(72, PosixConstants.MacOS.TermiosSize);
        Assert.AreEqual(8, PosixConstants.MacOS.FlagWordSize);
        Assert.AreEqual(32, PosixConstants.MacOS.ControlCharsOffset);
    }

    [TestMethod]
    public void BothShapesFitTheSharedBuffer()
    {
        foreach (PosixConstants os in new[] { PosixConstants.Linux, PosixConstants.MacOS })
        {
            Assert.IsTrue(os.TermiosSize <= Termios.BufferSize);
            Assert.IsTrue(os.ControlCharsOffset + Math.Max(os.VMIN, os.VTIME) < os.TermiosSize);
        }
    }

    [TestMethod]
    public unsafe void TcgetattrWritesExactlyTheStructOnThisSystem()
    {
        // A guard zone after the struct catches a libc whose termios is larger than the shape says.
        ExternalTool.RequirePosix();
        using PseudoTerminal pty = PseudoTerminal.Open();
        using SerialPort client = SerialPort.Open(pty.SlavePath);
        int size = PosixPlatform.Current.Constants.TermiosSize;
        byte* buffer = stackalloc byte[Termios.BufferSize];
        new Span<byte>(buffer, Termios.BufferSize).Fill(0xA5);
        int fd = Libc.open(pty.SlavePath, PosixPlatform.Current.OpenReadWriteFlags);
        Assert.IsTrue(fd >= 0);
        try
        {
            Assert.AreEqual(0, Termios.tcgetattr(fd, buffer));
        }
        finally
        {
            Libc.close(fd);
        }

        for (int i = size; i < Termios.BufferSize; i++)
        {
            Assert.AreEqual((byte)0xA5, buffer[i], $"tcgetattr wrote byte {i}, past the {size}-byte struct");
        }
    }

    [TestMethod]
    public void OpenConfiguresRaw115200EightNOneWithoutFlowControl()
    {
        // Cross-check with stty, an independent reader of the same termios.
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("stty -F is the GNU coreutils syntax; checked on Linux");
        }

        using PseudoTerminal pty = PseudoTerminal.Open();
        using SerialPort client = SerialPort.Open(pty.SlavePath);
        var info = new ProcessStartInfo("stty", ["-F", pty.SlavePath, "-a"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using Process stty = Process.Start(info)!;
        string settings = stty.StandardOutput.ReadToEnd();
        stty.WaitForExit();
        Assert.AreEqual(0, stty.ExitCode, settings);
        string[] words = settings.Replace(";", " ").Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        StringAssert.Contains(settings, "speed 115200 baud");
        foreach (string expected in new[] { "cs8", "-parenb", "-cstopb", "clocal", "cread", "-crtscts", "-ixon", "-ixoff", "-icanon", "-echo", "-isig", "-opost", "-icrnl", "min", "=", "1" })
        {
            CollectionAssert.Contains(words, expected, settings);
        }
    }
}

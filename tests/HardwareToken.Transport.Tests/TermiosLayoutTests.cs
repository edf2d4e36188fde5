using HardwareToken.Tests.Support;
using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using HardwareToken.Transport.Native;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Transport.Tests;

[TestClass]
public sealed class TermiosLayoutTests
{
    [TestMethod]
    public unsafe void LinuxStructMatchesGlibc()
    {
        // glibc x86-64/arm64: sizeof(struct termios) == 60, c_cc at 17, c_ispeed at 52.
        Assert.AreEqual(60, sizeof(LinuxTermios));
        Assert.AreEqual(17, (int)Marshal.OffsetOf<LinuxTermios>(nameof(LinuxTermios.c_cc)));
        Assert.AreEqual(52, (int)Marshal.OffsetOf<LinuxTermios>(nameof(LinuxTermios.c_ispeed)));
        Assert.AreEqual(56, (int)Marshal.OffsetOf<LinuxTermios>(nameof(LinuxTermios.c_ospeed)));
    }

    [TestMethod]
    public unsafe void MacOSStructMatchesDarwin()
    {
        // Darwin: sizeof(struct termios) == 72, c_cc at 32, c_ispeed at 56.
        Assert.AreEqual(72, sizeof(MacOSTermios));
        Assert.AreEqual(32, (int)Marshal.OffsetOf<MacOSTermios>(nameof(MacOSTermios.c_cc)));
        Assert.AreEqual(56, (int)Marshal.OffsetOf<MacOSTermios>(nameof(MacOSTermios.c_ispeed)));
        Assert.AreEqual(64, (int)Marshal.OffsetOf<MacOSTermios>(nameof(MacOSTermios.c_ospeed)));
    }

    [TestMethod]
    public unsafe void TcgetattrWritesExactlyTheStructOnThisSystem()
    {
        // A guard zone after the struct catches a libc whose termios is larger than ours.
        ExternalTool.RequirePosix();
        using PseudoTerminal pty = PseudoTerminal.Open();
        using SerialPort client = SerialPort.Open(pty.SlavePath);
        int size = OperatingSystem.IsMacOS() ? sizeof(MacOSTermios) : sizeof(LinuxTermios);
        byte* buffer = stackalloc byte[size + 64];
        new Span<byte>(buffer, size + 64).Fill(0xA5);
        int fd = Libc.open(pty.SlavePath, PosixPlatform.Current.OpenReadWriteFlags);
        Assert.IsTrue(fd >= 0);
        try
        {
            int result = OperatingSystem.IsMacOS()
                ? MacOSTermiosCalls.tcgetattr(fd, (MacOSTermios*)buffer)
                : LinuxTermiosCalls.tcgetattr(fd, (LinuxTermios*)buffer);
            Assert.AreEqual(0, result);
        }
        finally
        {
            Libc.close(fd);
        }

        for (int i = size; i < size + 64; i++)
        {
            Assert.AreEqual((byte)0xA5, buffer[i], $"tcgetattr wrote byte {i}, past our {size}-byte struct");
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

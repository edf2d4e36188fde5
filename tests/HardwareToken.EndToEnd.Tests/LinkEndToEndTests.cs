using HardwareToken.Tests.Support;
using System;
using System.Collections.Generic;
using HardwareToken.EndToEnd.Tests.Support;
using HardwareToken.Transport;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.EndToEnd.Tests;

/// <summary>The emulator's serial link, pseudo-terminal or TCP: one client at a time, and a client that vanishes mid-frame changes nothing.</summary>
[TestClass]
public sealed class LinkEndToEndTests
{
    [TestMethod]
    [DataRow(EmulatorLink.Pty, "the port is in use: another program has it open")]
    [DataRow(EmulatorLink.Tcp, "the virtual token refused the connection: another client is connected")]
    [Timeout(40_000, CooperativeCancellation = true)]
    public void ASecondClientIsRefusedWithAClearMessage(EmulatorLink link, string message)
    {
        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(link, state.Path, "--demo");
        using (ISerialChannel holder = PortOpener.Open(emulator.SerialPath))
        {
            HwtokenRun refused = Hwtoken.Run("status", "--port", emulator.SerialPath);
            Assert.AreEqual(4, refused.ExitCode, refused.ToString());
            StringAssert.Contains(refused.Error, message);
            StringAssert.Contains(refused.Error, "try again");
        }

        HwtokenRun after = Hwtoken.Run("status", "--port", emulator.SerialPath);
        Assert.AreEqual(0, after.ExitCode, "the link is free again once the first client leaves: " + after);
        StringAssert.Contains(after.Out, "DEMO");
        emulator.Quit();
    }

    [TestMethod]
    [DataRow(EmulatorLink.Pty)]
    [DataRow(EmulatorLink.Tcp)]
    [Timeout(40_000, CooperativeCancellation = true)]
    public void AClientThatLeavesMidFrameLeavesTheTokenUnchanged(EmulatorLink link)
    {
        using var state = new TempFolder();
        using var emulator = HeadlessEmulator.Start(link, state.Path, "--demo");
        Dictionary<string, string> before = emulator.State();
        using (ISerialChannel leaving = PortOpener.Open(emulator.SerialPath))
        {
            // Magic, version, then the first bytes of a request whose body never comes.
            leaving.Write([0xA5, 0x5A, 0x01, 0x10, 0x30, 0x00, 0x00, 0x41, 0x57, 0x53]);
        }

        Dictionary<string, string> after = emulator.State();
        Assert.AreEqual(before["accounts"], after["accounts"], "no account added or removed");
        Assert.AreEqual(before["screen"], after["screen"], "no confirmation screen appeared");

        HwtokenRun status = Hwtoken.Run("status", "--port", emulator.SerialPath);
        Assert.AreEqual(0, status.ExitCode, "the next client is served normally: " + status);
        StringAssert.Contains(status.Out, "1 of 8 slots used");
        StringAssert.Contains(status.Out, "DEMO");
        emulator.Quit();
    }
}

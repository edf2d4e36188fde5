using HardwareToken.Tests.Support;
using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Transport.Tests;

[TestClass]
public sealed class PseudoTerminalTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    [TestMethod]
    public void ASerialPortOnTheSlaveExchangesBytesBothWays()
    {
        ExternalTool.RequirePosix();
        using PseudoTerminal pty = PseudoTerminal.Open();
        StringAssert.StartsWith(pty.SlavePath, "/dev/");
        using SerialPort client = SerialPort.Open(pty.SlavePath);
        foreach (int size in new[] { 1, 256, 1000, 4096 })
        {
            byte[] request = Exchange.Pattern(size, size);
            Task send = Task.Run(() => client.Write(request));
            CollectionAssert.AreEqual(request, Exchange.ReadExactly(pty, size, Generous), $"client -> emulator, {size} bytes");
            send.Wait(Generous);

            byte[] response = Exchange.Pattern(size, size + 1);
            Task answer = Task.Run(() => Assert.IsTrue(pty.TryWrite(response)));
            CollectionAssert.AreEqual(response, Exchange.ReadExactly(client, size, Generous), $"emulator -> client, {size} bytes");
            answer.Wait(Generous);
        }
    }

    [TestMethod]
    public void ReopeningTheSlaveAfterTheClientClosesStillWorks()
    {
        ExternalTool.RequirePosix();
        using PseudoTerminal pty = PseudoTerminal.Open();
        for (int round = 0; round < 20; round++)
        {
            using SerialPort client = SerialPort.Open(pty.SlavePath);
            client.Write([(byte)round, 0xFF]);
            CollectionAssert.AreEqual(new byte[] { (byte)round, 0xFF }, Exchange.ReadExactly(pty, 2, Generous), $"round {round}");
            pty.Write([(byte)(round + 1)]);
            CollectionAssert.AreEqual(new byte[] { (byte)(round + 1) }, Exchange.ReadExactly(client, 1, Generous), $"round {round}");
        }
    }

    [TestMethod]
    public void ReadingWithNoClientTimesOutQuietly()
    {
        ExternalTool.RequirePosix();
        using PseudoTerminal pty = PseudoTerminal.Open();
        using (SerialPort.Open(pty.SlavePath))
        {
        }

        // No client now: the read neither throws nor returns early.
        var clock = Stopwatch.StartNew();
        Assert.AreEqual(0, pty.Read(new byte[8], TimeSpan.FromMilliseconds(300)));
        Assert.IsTrue(clock.Elapsed >= TimeSpan.FromMilliseconds(280), $"returned after {clock.ElapsedMilliseconds} ms");
        Assert.IsTrue(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.ElapsedMilliseconds} ms");
    }

    [TestMethod]
    public void BytesNobodyReadsAreDroppedAndNeverReachTheNextClient()
    {
        ExternalTool.RequirePosix();
        using PseudoTerminal pty = PseudoTerminal.Open();
        pty.WriteTimeout = TimeSpan.FromMilliseconds(200);
        var clock = Stopwatch.StartNew();
        bool allQueued = true;
        for (int i = 0; i < 64 && allQueued; i++)
        {
            allQueued = pty.TryWrite(new byte[4096]);
        }

        Assert.IsFalse(allQueued, "256 KiB cannot all fit in a pseudo-terminal with no reader");
        Assert.IsTrue(clock.Elapsed < Generous, "the writer must not hang when nobody reads");

        using SerialPort client = SerialPort.Open(pty.SlavePath);
        Assert.AreEqual(0, client.Read(new byte[16], TimeSpan.FromMilliseconds(200)), "stale bytes reached a new client");
        pty.Write([7, 8, 9]);
        CollectionAssert.AreEqual(new byte[] { 7, 8, 9 }, Exchange.ReadExactly(client, 3, Generous));
    }

    [TestMethod]
    public void TheClientSeesTheEmulatorGoAway()
    {
        ExternalTool.RequirePosix();
        PseudoTerminal pty = PseudoTerminal.Open();
        using SerialPort client = SerialPort.Open(pty.SlavePath);
        pty.Dispose();
        var error = Assert.ThrowsExactly<SerialPortException>(() => client.Read(new byte[1], TimeSpan.FromSeconds(5)));
        Assert.AreEqual(SerialPortErrorKind.DeviceVanished, error.Kind);
    }

    [TestMethod]
    public void TwoClientsAtOnceAreRefused()
    {
        ExternalTool.RequirePosix();
        using PseudoTerminal pty = PseudoTerminal.Open();
        using SerialPort first = SerialPort.Open(pty.SlavePath);
        var error = Assert.ThrowsExactly<SerialPortException>(() => SerialPort.Open(pty.SlavePath));
        Assert.AreEqual(SerialPortErrorKind.PortInUse, error.Kind);
    }
}

using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Transport.Tests;

/// <summary>The virtual token's TCP link: <see cref="TcpSerialServer"/> against <see cref="TcpSerialChannel"/> over real loopback sockets.</summary>
[TestClass]
public sealed class TcpLinkTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    [TestMethod]
    public void EveryByteValueSurvivesBothWays()
    {
        using var server = TcpSerialServer.Listen("127.0.0.1", 0);
        using ISerialChannel client = PortOpener.Open(server.Address);
        byte[] all = Exchange.Pattern(4096, 7);
        client.Write(all);
        CollectionAssert.AreEqual(all, ReadFromServer(server, all.Length));

        Assert.IsTrue(server.TryWrite(all));
        CollectionAssert.AreEqual(all, Exchange.ReadExactly(client, all.Length, Generous));
        Assert.AreEqual(0, client.Read(new byte[8], TimeSpan.FromMilliseconds(50)), "no byte arrives twice");
    }

    [TestMethod]
    public void ASecondClientIsRefusedWithAClearMessageAndTheFirstKeepsTheLink()
    {
        using var server = TcpSerialServer.Listen("127.0.0.1", 0);
        using ISerialChannel first = PortOpener.Open(server.Address);
        first.Write([0x01]);
        CollectionAssert.AreEqual(new byte[] { 0x01 }, ReadFromServer(server, 1));

        using ISerialChannel second = PortOpener.Open(server.Address);
        Task<SerialPortException> refused = Task.Run(() => Assert.ThrowsExactly<SerialPortException>(() => second.Read(new byte[16], Generous)));
        Pump(server, () => refused.IsCompleted);
        SerialPortException error = refused.Result;
        Assert.AreEqual(SerialPortErrorKind.PortInUse, error.Kind);
        StringAssert.Contains(error.Message, server.Address);
        StringAssert.Contains(error.Message, "another client is connected");

        // The first client still owns the link, both ways.
        first.Write([0x02, 0x03]);
        CollectionAssert.AreEqual(new byte[] { 0x02, 0x03 }, ReadFromServer(server, 2));
        Assert.IsTrue(server.TryWrite([0xA5]));
        CollectionAssert.AreEqual(new byte[] { 0xA5 }, Exchange.ReadExactly(first, 1, Generous));
    }

    [TestMethod]
    public void AfterAClientLeavesMidStreamTheNextOneGetsTheLinkWithNoStaleBytes()
    {
        using var server = TcpSerialServer.Listen("127.0.0.1", 0);
        using (ISerialChannel leaving = PortOpener.Open(server.Address))
        {
            leaving.Write([0xA5, 0x5A, 0x01]); // the start of a frame, then gone
            CollectionAssert.AreEqual(new byte[] { 0xA5, 0x5A, 0x01 }, ReadFromServer(server, 3));
        }

        Pump(server, () => !server.HasClient);
        Assert.IsFalse(server.TryWrite([0x55]), "with nobody connected the bytes are dropped, as on a UART");

        using ISerialChannel next = PortOpener.Open(server.Address);
        next.Write([0x42]);
        CollectionAssert.AreEqual(new byte[] { 0x42 }, ReadFromServer(server, 1));
        Assert.IsTrue(server.TryWrite([0x43]));
        CollectionAssert.AreEqual(new byte[] { 0x43 }, Exchange.ReadExactly(next, 1, Generous), "the dropped 0x55 never reaches the next client");
    }

    [TestMethod]
    public void TheClientSeesTheEmulatorGoAway()
    {
        var server = TcpSerialServer.Listen("127.0.0.1", 0);
        using ISerialChannel client = PortOpener.Open(server.Address);
        client.Write([0x01]);
        ReadFromServer(server, 1);
        server.Dispose();
        var error = Assert.ThrowsExactly<SerialPortException>(() => client.Read(new byte[4], Generous));
        Assert.AreEqual(SerialPortErrorKind.DeviceVanished, error.Kind);
        StringAssert.Contains(error.Message, "went away");
    }

    [TestMethod]
    public void ReadTimeoutReturnsZeroWithinABound()
    {
        using var server = TcpSerialServer.Listen("127.0.0.1", 0);
        using ISerialChannel client = PortOpener.Open(server.Address);
        var clock = Stopwatch.StartNew();
        Assert.AreEqual(0, client.Read(new byte[8], TimeSpan.FromMilliseconds(300)));
        Assert.IsTrue(clock.Elapsed >= TimeSpan.FromMilliseconds(250), "returned after " + clock.Elapsed);
        Assert.IsTrue(clock.Elapsed < TimeSpan.FromSeconds(5), "returned after " + clock.Elapsed);
    }

    [TestMethod]
    public void NobodyListeningIsPortNotFoundWithTheCommandToStartTheEmulator()
    {
        int port;
        using (var probe = TcpSerialServer.Listen("127.0.0.1", 0))
        {
            port = new Uri(probe.Address.Replace("socket://", "tcp://", StringComparison.Ordinal)).Port;
        }

        var error = Assert.ThrowsExactly<SerialPortException>(() => PortOpener.Open($"socket://127.0.0.1:{port}"));
        Assert.AreEqual(SerialPortErrorKind.PortNotFound, error.Kind);
        StringAssert.Contains(error.Message, $"hwtoken-emulator --listen 127.0.0.1:{port}");
    }

    [TestMethod]
    [DataRow("socket://")]
    [DataRow("socket://127.0.0.1")]
    [DataRow("socket://127.0.0.1:")]
    [DataRow("socket://127.0.0.1:0")]
    [DataRow("socket://127.0.0.1:70000")]
    [DataRow("socket://127.0.0.1:77x")]
    [DataRow("socket://:7700")]
    public void MalformedSocketAddressesSayHowToWriteOne(string address)
    {
        var error = Assert.ThrowsExactly<SerialPortException>(() => PortOpener.Open(address));
        Assert.AreEqual(SerialPortErrorKind.PortNotFound, error.Kind);
        StringAssert.Contains(error.Message, "socket://HOST:PORT");
    }

    [TestMethod]
    public void ListeningOnATakenPortSaysSo()
    {
        using var first = TcpSerialServer.Listen("127.0.0.1", 0);
        int port = int.Parse(first.Address[(first.Address.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var error = Assert.ThrowsExactly<SerialPortException>(() => TcpSerialServer.Listen("127.0.0.1", port));
        StringAssert.Contains(error.Message, "in use");
    }

    [TestMethod]
    public void ListenAddressesParse()
    {
        Assert.AreEqual(("127.0.0.1", 7700), PortAddress.ParseListen("127.0.0.1:7700"));
        Assert.AreEqual(("::1", 0), PortAddress.ParseListen("[::1]:0"));
        Assert.IsNull(PortAddress.ParseListen("7700"));
        Assert.IsNull(PortAddress.ParseListen("127.0.0.1:65536"));
        Assert.IsNull(PortAddress.ParseListen(":7700"));
    }

    /// <summary>Calls the server's non-blocking Read (which also accepts and refuses clients) until <paramref name="done"/>.</summary>
    private static void Pump(TcpSerialServer server, Func<bool> done)
    {
        var clock = Stopwatch.StartNew();
        byte[] sink = new byte[64];
        while (!done())
        {
            Assert.IsTrue(clock.Elapsed < Generous, "the server never got there");
            Assert.AreEqual(0, server.Read(sink), "no bytes expected while pumping");
            Thread.Sleep(5);
        }
    }

    private static byte[] ReadFromServer(TcpSerialServer server, int count)
    {
        var received = new byte[count];
        int got = 0;
        var clock = Stopwatch.StartNew();
        while (got < count)
        {
            Assert.IsTrue(clock.Elapsed < Generous, $"the server received {got} of {count} bytes");
            int n = server.Read(received.AsSpan(got));
            got += n;
            if (n == 0)
            {
                Thread.Sleep(2);
            }
        }

        return received;
    }
}

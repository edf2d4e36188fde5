using HardwareToken.Tests.Support;
using System;
using System.Diagnostics;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Transport.Tests;

[TestClass]
public sealed class SerialPortTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(10);

    [TestMethod]
    public void BytesWrittenOnOneEndArriveOnTheOther()
    {
        using SocatPair pair = SocatPair.Start();
        using SerialPort a = SerialPort.Open(pair.A);
        using SerialPort b = SerialPort.Open(pair.B);
        int seed = 0;
        foreach (int size in new[] { 1, 2, 3, 17, 64, 255, 256, 257, 1000, 2048, 4095, 4096 })
        {
            foreach ((SerialPort from, SerialPort to) in new[] { (a, b), (b, a) })
            {
                byte[] sent = Exchange.Pattern(size, seed++);
                Task writer = Task.Run(() => from.Write(sent));
                byte[] received = Exchange.ReadExactly(to, size, Generous);
                writer.Wait(Generous);
                CollectionAssert.AreEqual(sent, received, $"{size} bytes {from.Path} -> {to.Path}");
            }
        }

        Assert.AreEqual(0, b.Read(new byte[16], TimeSpan.FromMilliseconds(50)), "no byte arrives twice");
    }

    [TestMethod]
    public void EveryByteValueSurvivesBothWays()
    {
        // Raw mode matters here: with the defaults, 0x03 would raise SIGINT, 0x0D become 0x0A, 0x11/0x13 vanish
        // as XON/XOFF, and 0x04 end the read.
        using SocatPair pair = SocatPair.Start();
        using SerialPort a = SerialPort.Open(pair.A);
        using SerialPort b = SerialPort.Open(pair.B);
        byte[] all = Exchange.Pattern(256, 0);
        a.Write(all);
        CollectionAssert.AreEqual(all, Exchange.ReadExactly(b, 256, Generous));
        b.Write(all);
        CollectionAssert.AreEqual(all, Exchange.ReadExactly(a, 256, Generous));
    }

    [TestMethod]
    public void ReadTimeoutReturnsZeroWithinABound()
    {
        using SocatPair pair = SocatPair.Start();
        using SerialPort a = SerialPort.Open(pair.A);
        var clock = Stopwatch.StartNew();
        int n = a.Read(new byte[8], TimeSpan.FromMilliseconds(300));
        clock.Stop();
        Assert.AreEqual(0, n);
        Assert.IsTrue(clock.Elapsed >= TimeSpan.FromMilliseconds(280), $"returned early after {clock.ElapsedMilliseconds} ms");
        Assert.IsTrue(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.ElapsedMilliseconds} ms");

        clock.Restart();
        Assert.AreEqual(0, a.Read(new byte[8], TimeSpan.Zero));
        Assert.IsTrue(clock.Elapsed < TimeSpan.FromMilliseconds(500), "a zero timeout only looks");
    }

    [TestMethod]
    public void ReadReturnsAsSoonAsBytesArrive()
    {
        using SocatPair pair = SocatPair.Start();
        using SerialPort a = SerialPort.Open(pair.A);
        using SerialPort b = SerialPort.Open(pair.B);
        Task writer = Task.Run(() =>
        {
            Thread.Sleep(200);
            a.Write([0x42]);
        });
        var clock = Stopwatch.StartNew();
        var buffer = new byte[4];
        int n = b.Read(buffer, TimeSpan.FromSeconds(20));
        Assert.AreEqual(1, n);
        Assert.AreEqual((byte)0x42, buffer[0]);
        Assert.IsTrue(clock.Elapsed < TimeSpan.FromSeconds(5), "the read waited for its whole timeout");
        writer.Wait(Generous);
    }

    [TestMethod]
    public void SecondOpenOfTheSamePortIsInUse()
    {
        using SocatPair pair = SocatPair.Start();
        using (SerialPort.Open(pair.A))
        {
            var error = Assert.ThrowsExactly<SerialPortException>(() => SerialPort.Open(pair.A));
            Assert.AreEqual(SerialPortErrorKind.PortInUse, error.Kind);
            StringAssert.Contains(error.Message, "another program has it open");
            StringAssert.Contains(error.Message, pair.A);
        }

        // Closing releases it.
        using SerialPort again = SerialPort.Open(pair.A);
        Assert.AreEqual(pair.A, again.Path);
    }

    [TestMethod]
    public void MissingPathIsPortNotFound()
    {
        ExternalTool.RequirePosix();
        string path = "/dev/hwtoken-does-not-exist-" + Guid.NewGuid().ToString("N");
        var error = Assert.ThrowsExactly<SerialPortException>(() => SerialPort.Open(path));
        Assert.AreEqual(SerialPortErrorKind.PortNotFound, error.Kind);
        StringAssert.Contains(error.Message, "hwtoken ports");
        Assert.AreEqual(path, error.PortPath);
        Assert.AreNotEqual(0, error.NativeErrorCode);
    }

    [TestMethod]
    public void DevNullIsNotATerminal()
    {
        ExternalTool.RequirePosix();
        var error = Assert.ThrowsExactly<SerialPortException>(() => SerialPort.Open("/dev/null"));
        Assert.AreEqual(SerialPortErrorKind.NotATerminal, error.Kind);
        StringAssert.Contains(error.Message, "not a serial port");
    }

    [TestMethod]
    public void RegularFileAndDirectoryAreNotTerminals()
    {
        ExternalTool.RequirePosix();
        string file = Path.GetTempFileName();
        string dir = Directory.CreateTempSubdirectory("hwtoken-dir-").FullName;
        try
        {
            Assert.AreEqual(SerialPortErrorKind.NotATerminal, Assert.ThrowsExactly<SerialPortException>(() => SerialPort.Open(file)).Kind);
            Assert.AreEqual(SerialPortErrorKind.NotATerminal, Assert.ThrowsExactly<SerialPortException>(() => SerialPort.Open(dir)).Kind);
        }
        finally
        {
            File.Delete(file);
            Directory.Delete(dir);
        }
    }

    [TestMethod]
    public void KillingTheOtherEndMidReadIsDeviceVanished()
    {
        using SocatPair pair = SocatPair.Start();
        using SerialPort a = SerialPort.Open(pair.A);
        Task<SerialPortException?> reader = Task.Run(() =>
        {
            try
            {
                a.Read(new byte[16], TimeSpan.FromSeconds(20));
                return null;
            }
            catch (SerialPortException e)
            {
                return e;
            }
        });
        Thread.Sleep(300);
        var clock = Stopwatch.StartNew();
        pair.Kill();
        Assert.IsTrue(reader.Wait(Generous), "the read did not notice the hang-up");
        Assert.IsTrue(clock.Elapsed < TimeSpan.FromSeconds(5), "the read only returned at its timeout");
        SerialPortException? error = reader.Result;
        Assert.IsNotNull(error, "a hang-up must not look like a timeout");
        Assert.AreEqual(SerialPortErrorKind.DeviceVanished, error.Kind);
        StringAssert.Contains(error.Message, "unplugged");
    }

    [TestMethod]
    public void WritingAfterTheOtherEndDiedIsDeviceVanished()
    {
        using SocatPair pair = SocatPair.Start();
        using SerialPort a = SerialPort.Open(pair.A);
        pair.Kill();
        Thread.Sleep(100);
        var error = Assert.ThrowsExactly<SerialPortException>(() =>
        {
            for (int i = 0; i < 100; i++)
            {
                a.Write(new byte[64]);
            }
        });
        Assert.AreEqual(SerialPortErrorKind.DeviceVanished, error.Kind);
    }

    [TestMethod]
    public void DisposeIsIdempotentAndLaterCallsAreRefused()
    {
        using SocatPair pair = SocatPair.Start();
        SerialPort a = SerialPort.Open(pair.A);
        a.Dispose();
        a.Dispose();
        Assert.ThrowsExactly<ObjectDisposedException>(() => a.Read(new byte[1], TimeSpan.Zero));
        Assert.ThrowsExactly<ObjectDisposedException>(() => a.Write([1]));
    }

    [TestMethod]
    public void OpenDiscardsBytesThatArrivedBefore()
    {
        using SocatPair pair = SocatPair.Start();
        using SerialPort a = SerialPort.Open(pair.A);
        using (SerialPort b = SerialPort.Open(pair.B))
        {
            a.Write(Exchange.Pattern(100, 7));
            Thread.Sleep(200);
        }

        // B was closed with 100 unread bytes (socat may hold some); a fresh open starts clean.
        Thread.Sleep(200);
        using SerialPort reopened = SerialPort.Open(pair.B);
        reopened.DiscardInput();
        a.Write([0xAA, 0x55]);
        byte[] got = Exchange.ReadExactly(reopened, 2, Generous);
        CollectionAssert.AreEqual(new byte[] { 0xAA, 0x55 }, got);
    }

    [TestMethod]
    public void NegativeTimeoutIsRejected()
    {
        using SocatPair pair = SocatPair.Start();
        using SerialPort a = SerialPort.Open(pair.A);
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => a.Read(new byte[1], TimeSpan.FromSeconds(-1)));
    }
}

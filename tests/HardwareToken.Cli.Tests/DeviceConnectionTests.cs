using System;
using System.Text;
using System.Threading;
using HardwareToken.Cli.Tests.Fakes;
using HardwareToken.Transport;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

/// <summary>Finding the port and telling a token from anything else.</summary>
[TestClass]
public sealed class DeviceConnectionTests
{
    [TestMethod]
    public void WithoutPortTheOnlyPortIsUsedAndNamed()
    {
        using var token = new SimulatedToken();
        CliRun run = new DeviceCli(token).Run("status");
        Assert.AreEqual(ExitCodes.Ok, run.ExitCode, run.ToString());
        StringAssert.StartsWith(run.Error, "using /dev/ttySIM0 (simulated token), the only serial port; give --port to choose another");
    }

    [TestMethod]
    public void WithoutPortSeveralPortsAreListedAndNoneIsOpened()
    {
        using var token = new SimulatedToken();
        var cli = new DeviceCli(token)
        {
            Ports = [new("/dev/ttyACM0", SerialPortKind.UsbCdcAcm, "Espressif", null), new("/dev/ttyUSB0", SerialPortKind.UsbSerialAdapter, "CP2102", null)],
        };
        CliRun run = cli.Run("sync-time");
        Assert.AreEqual(ExitCodes.UsageError, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "2 serial ports found; say which one is the token with --port:\n  /dev/ttyACM0  Espressif\n  /dev/ttyUSB0  CP2102");
        Assert.AreEqual(0, token.Opens);
    }

    [TestMethod]
    public void WithoutPortAndNoPortsItSaysWhatToDo()
    {
        CliRun run = new DeviceCli(null) { Ports = [] }.Run("wipe", "--force");
        Assert.AreEqual(ExitCodes.DeviceNotFound, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "no serial ports found: plug the token in");
    }

    [TestMethod]
    public void AMissingPortPointsToHwtokenPorts()
    {
        CliRun run = new DeviceCli(null).Run("status", "--port", "/dev/ttyUSB9");
        Assert.AreEqual(ExitCodes.DeviceNotFound, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "/dev/ttyUSB9: no such port; run `hwtoken ports`");
    }

    [TestMethod]
    public void PortErrorsKeepTheTransportAdvice()
    {
        (SerialPortErrorKind Kind, string Advice)[] cases =
        [
            (SerialPortErrorKind.PermissionDenied, "sudo usermod -aG dialout $USER"),
            (SerialPortErrorKind.PortInUse, "another program has it open"),
        ];
        foreach ((SerialPortErrorKind kind, string advice) in cases)
        {
            CliRun run = new DeviceCli(null) { OpenPort = path => throw new SerialPortException(kind, path, $"{path}: ... {advice}") }.Run("status", "--port", "/dev/ttyUSB0");
            Assert.AreEqual(ExitCodes.DeviceNotFound, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Error, advice);
        }
    }

    [TestMethod]
    public void ASilentPortIsNotATokenAfterTheWakeUpRetry()
    {
        var cli = new DeviceCli(null) { OpenPort = _ => new ScriptedChannel(null) };
        CliRun run = cli.Run("status", "--port", "/dev/ttyS0");
        Assert.AreEqual(ExitCodes.DeviceNotFound, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "press the token's button once to wake it");
        StringAssert.Contains(run.Error, "/dev/ttyS0 did not answer, even after the wake-up: not a token");
    }

    [TestMethod]
    public void APortThatAnswersGarbageIsNotAToken()
    {
        var cli = new DeviceCli(null) { OpenPort = _ => new ScriptedChannel(Encoding.ASCII.GetBytes("AT\r\nERROR\r\n")) };
        CliRun run = cli.Run("status", "--port", "/dev/ttyS0");
        Assert.AreEqual(ExitCodes.DeviceNotFound, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "/dev/ttyS0 is not a token");
    }

    [TestMethod]
    public void APortThatEchoesIsNotAToken()
    {
        var cli = new DeviceCli(null) { OpenPort = _ => new ScriptedChannel([], echo: true) };
        CliRun run = cli.Run("status", "--port", "/dev/ttyS0");
        Assert.AreEqual(ExitCodes.DeviceNotFound, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "is not a token");
        StringAssert.Contains(run.Error, "echoes");
    }

    /// <summary>A port with something that is not a token behind it: silent, chatty or echoing.</summary>
    private sealed class ScriptedChannel(byte[]? answer, bool echo = false) : ISerialChannel
    {
        private byte[] pending = [];

        public int Read(Span<byte> buffer, TimeSpan timeout)
        {
            if (pending.Length == 0)
            {
                Thread.Sleep(timeout < TimeSpan.FromMilliseconds(50) ? timeout : TimeSpan.FromMilliseconds(50));
                return 0;
            }

            int n = Math.Min(buffer.Length, pending.Length);
            pending.AsSpan(0, n).CopyTo(buffer);
            pending = pending[n..];
            return n;
        }

        public void Write(ReadOnlySpan<byte> data)
        {
            if (echo)
            {
                pending = [.. pending, .. data];
            }
            else if (answer is not null)
            {
                pending = [.. pending, .. answer];
            }
        }

        public void Dispose()
        {
        }
    }
}

using System;
using System.CommandLine;
using System.IO;
using HardwareToken.Cli.Commands;
using HardwareToken.Transport;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Cli.Tests;

[TestClass]
public sealed class PortsCommandTests
{
    private static readonly SerialPortInfo[] TwoPorts =
    [
        new("/dev/ttyACM0", SerialPortKind.UsbCdcAcm, "Espressif USB JTAG serial debug unit", null),
        new("/dev/ttyUSB0", SerialPortKind.UsbSerialAdapter, "Silicon Labs CP2102 [bridge]", "/dev/serial/by-id/usb-Silicon_Labs_CP2102-if00-port0"),
    ];

    [TestMethod]
    public void ListsPortsInATable()
    {
        (int code, string output, string error) = Run(TwoPorts);
        Assert.AreEqual(0, code, error);
        foreach (string expected in new[] { "Port", "Kind", "/dev/ttyACM0", "USB CDC-ACM", "/dev/ttyUSB0", "USB-UART bridge", "Silicon Labs CP2102 [bridge]", "/dev/serial/by-id/usb-Silicon_Labs_CP2102-if00-port0" })
        {
            StringAssert.Contains(output, expected);
        }
    }

    [TestMethod]
    public void QuietListsPathsOnly()
    {
        (int code, string output, _) = Run(TwoPorts, "--quiet");
        Assert.AreEqual(0, code);
        Assert.AreEqual("/dev/ttyACM0\n/dev/ttyUSB0\n", output);
    }

    [TestMethod]
    public void NoPortsSaysSoWithHintsAndExitsWithDeviceNotFound()
    {
        (int code, string output, string error) = Run([]);
        Assert.AreEqual(ExitCodes.DeviceNotFound, code);
        Assert.AreEqual(string.Empty, output);
        StringAssert.StartsWith(error, "no serial ports found");
        StringAssert.Contains(error, "dmesg");
        StringAssert.Contains(error, "usbipd");
        StringAssert.Contains(error, "Device Manager");
        StringAssert.Contains(error, "--port socket://127.0.0.1:7700");
    }

    [TestMethod]
    public void TheRealListerRunsThroughTheEntryPoint()
    {
        CliRun run = CliRun.Piped(string.Empty, "ports");
        Assert.IsTrue(run.ExitCode is ExitCodes.Ok or ExitCodes.DeviceNotFound, run.ToString());
        if (run.ExitCode == ExitCodes.DeviceNotFound)
        {
            StringAssert.StartsWith(run.Error, "no serial ports found");
        }
    }

    private static (int Code, string Output, string Error) Run(SerialPortInfo[] ports, params string[] args)
    {
        CliEnvironment env = CliRun.Environment(string.Empty, null, out StringWriter output, out StringWriter error);
        Command command = PortsCommand.Create(env, () => ports);
        int code = command.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}

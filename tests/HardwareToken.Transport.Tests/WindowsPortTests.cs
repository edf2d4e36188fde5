using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Transport.Tests;

/// <summary>
/// The Windows half that runs anywhere: naming and describing COM ports from registry values, and the messages for
/// what System.IO.Ports throws at Open. The registry and the COM port themselves only exist on Windows (CI runs
/// hwtoken.exe under Wine for the paths Wine can reach; see tests/HardwareToken.Wine.Tests).
/// </summary>
[TestClass]
public sealed class WindowsPortTests
{
    [TestMethod]
    [DataRow("COM1", true)]
    [DataRow("com5", true)]
    [DataRow("COM256", true)]
    [DataRow("COM0", false)]
    [DataRow("COM257", false)]
    [DataRow("COM", false)]
    [DataRow("COMX", false)]
    [DataRow("/dev/ttyUSB0", false)]
    public void ComNames(string name, bool valid) => Assert.AreEqual(valid, WindowsPortNames.IsComName(name));

    [TestMethod]
    public void PortsAreSortedByNumberAndDescribedByTheirUsbNameOrTheirDriver()
    {
        var serialComm = new Dictionary<string, string>
        {
            [@"\Device\Silabser0"] = "COM10",
            [@"\Device\USBSER000"] = "COM3",
            [@"\Device\Serial0"] = "COM1",
            [@"\Device\VCP0"] = "COM4",
            [@"\Device\Weird"] = "LPT1",
        };
        var friendly = new Dictionary<string, string> { ["COM10"] = "Silicon Labs CP210x USB to UART Bridge (COM10)" };
        IReadOnlyList<SerialPortInfo> ports = WindowsPortNames.Describe(serialComm, friendly);
        CollectionAssert.AreEqual(new[] { "COM1", "COM3", "COM4", "COM10" }, ToPaths(ports));
        Assert.AreEqual(new SerialPortInfo("COM10", SerialPortKind.UsbSerialAdapter, "Silicon Labs CP210x USB to UART Bridge", null), ports[3]);
        Assert.AreEqual(SerialPortKind.UsbCdcAcm, ports[1].Kind);
        Assert.AreEqual(@"USB CDC-ACM device (\Device\USBSER000)", ports[1].Description);
        Assert.AreEqual(@"FTDI USB-UART bridge (\Device\VCP0)", ports[2].Description);
        Assert.AreEqual(SerialPortKind.Other, ports[0].Kind);
    }

    [TestMethod]
    public void AccessDeniedAtOpenMeansInUseAndNamesTheUsualSuspects()
    {
        SerialPortException e = WindowsSerialErrors.OpenFailed("COM5", new UnauthorizedAccessException("Access to the port 'COM5' is denied."), ["COM5"]);
        Assert.AreEqual(SerialPortErrorKind.PortInUse, e.Kind);
        StringAssert.Contains(e.Message, "another program has the port open");
    }

    [TestMethod]
    public void AnUnknownPortListsTheOnesThatExist()
    {
        SerialPortException e = WindowsSerialErrors.OpenFailed("COM9", new IOException("The port 'COM9' does not exist."), ["COM3", "COM5"]);
        Assert.AreEqual(SerialPortErrorKind.PortNotFound, e.Kind);
        StringAssert.Contains(e.Message, "COM9: no such port; this machine has COM3, COM5");

        SerialPortException none = WindowsSerialErrors.OpenFailed("COM9", new IOException("The port 'COM9' does not exist."), []);
        StringAssert.Contains(none.Message, "Device Manager");
    }

    [TestMethod]
    public void ADriverFailureOnAListedPortIsAnIoError()
    {
        SerialPortException e = WindowsSerialErrors.OpenFailed("COM3", new IOException("A device attached to the system is not functioning."), ["COM3"]);
        Assert.AreEqual(SerialPortErrorKind.IoError, e.Kind);
        StringAssert.Contains(e.Message, "not functioning");
    }

    [TestMethod]
    public void OnLinuxAndMacOSPortOpenerUsesTheExclusiveTermiosPort()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Inconclusive("termios is Linux and macOS only");
        }

        using PseudoTerminal pty = PseudoTerminal.Open();
        using ISerialChannel first = PortOpener.Open(pty.SlavePath);
        Assert.IsInstanceOfType<SerialPort>(first);
        var error = Assert.ThrowsExactly<SerialPortException>(() => PortOpener.Open(pty.SlavePath));
        Assert.AreEqual(SerialPortErrorKind.PortInUse, error.Kind);
    }

    private static string[] ToPaths(IReadOnlyList<SerialPortInfo> ports)
    {
        var paths = new string[ports.Count];
        for (int i = 0; i < ports.Count; i++)
        {
            paths[i] = ports[i].Path;
        }

        return paths;
    }
}

using HardwareToken.Tests.Support;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Transport.Tests;

[TestClass]
public sealed class PortListerTests
{
    [TestMethod]
    public void LinuxListsUsbAndAcmAndMergesByIdLinks()
    {
        ExternalTool.RequirePosix();
        string root = Directory.CreateTempSubdirectory("hwtoken-dev-").FullName;
        try
        {
            string dev = Path.Combine(root, "dev");
            string byId = Path.Combine(dev, "serial", "by-id");
            Directory.CreateDirectory(byId);
            foreach (string name in new[] { "ttyUSB0", "ttyUSB1", "ttyACM0", "ttyS0", "tty1", "ttyAMA0" })
            {
                File.WriteAllText(Path.Combine(dev, name), string.Empty);
            }

            File.CreateSymbolicLink(Path.Combine(byId, "usb-Silicon_Labs_CP2102_USB_to_UART_Bridge_Controller_0001-if00-port0"), "../../ttyUSB0");
            File.CreateSymbolicLink(Path.Combine(byId, "usb-Espressif_USB_JTAG_serial_debug_unit_7C:DF:A1-if00"), "../../ttyACM0");
            File.CreateSymbolicLink(Path.Combine(byId, "usb-FTDI_Dual_RS232-if01-port0"), "../../ttyAMA0");
            File.CreateSymbolicLink(Path.Combine(byId, "usb-Gone_Device-if00"), "../../ttyUSB9");

            // sysfs for ttyUSB1 only: device -> interface dir whose parent has the USB descriptors.
            string sys = Path.Combine(root, "sys");
            string usbDevice = Path.Combine(sys, "devices", "usb1", "1-2");
            string usbInterface = Path.Combine(usbDevice, "1-2:1.0");
            Directory.CreateDirectory(Path.Combine(usbInterface, "ttyUSB1"));
            File.WriteAllText(Path.Combine(usbDevice, "idVendor"), "1a86\n");
            File.WriteAllText(Path.Combine(usbDevice, "idProduct"), "7523\n");
            File.WriteAllText(Path.Combine(usbDevice, "product"), "USB Serial\n");
            Directory.CreateDirectory(Path.Combine(sys, "class", "tty", "ttyUSB1"));
            Directory.CreateSymbolicLink(Path.Combine(sys, "class", "tty", "ttyUSB1", "device"), Path.Combine(usbInterface, "ttyUSB1"));

            IReadOnlyList<SerialPortInfo> ports = PortLister.ListLinux(dev, Path.Combine(sys, "class", "tty"));

            CollectionAssert.AreEqual(
                new[] { "ttyACM0", "ttyAMA0", "ttyUSB0", "ttyUSB1" },
                ports.Select(p => Path.GetFileName(p.Path)).ToArray(),
                string.Join("\n", ports));
            SerialPortInfo cp2102 = ports.Single(p => p.Path.EndsWith("ttyUSB0", StringComparison.Ordinal));
            Assert.AreEqual(SerialPortKind.UsbSerialAdapter, cp2102.Kind);
            Assert.AreEqual("Silicon Labs CP2102 USB to UART Bridge Controller 0001", cp2102.Description);
            StringAssert.Contains(cp2102.StablePath, "by-id/usb-Silicon_Labs");
            SerialPortInfo acm = ports.Single(p => p.Path.EndsWith("ttyACM0", StringComparison.Ordinal));
            Assert.AreEqual(SerialPortKind.UsbCdcAcm, acm.Kind);
            Assert.AreEqual("Espressif USB JTAG serial debug unit 7C:DF:A1", acm.Description);
            SerialPortInfo ftdi = ports.Single(p => p.Path.EndsWith("ttyAMA0", StringComparison.Ordinal));
            Assert.AreEqual(SerialPortKind.Other, ftdi.Kind);
            Assert.AreEqual("FTDI Dual RS232", ftdi.Description);
            SerialPortInfo ch340 = ports.Single(p => p.Path.EndsWith("ttyUSB1", StringComparison.Ordinal));
            Assert.AreEqual("USB Serial (1a86:7523)", ch340.Description);
            Assert.IsNull(ch340.StablePath);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [TestMethod]
    public void LinuxWithoutDevicesListsNothing()
    {
        string root = Directory.CreateTempSubdirectory("hwtoken-dev-").FullName;
        try
        {
            Assert.AreEqual(0, PortLister.ListLinux(root, Path.Combine(root, "sys")).Count);
            Assert.AreEqual(0, PortLister.ListLinux(Path.Combine(root, "missing"), Path.Combine(root, "sys")).Count);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [TestMethod]
    public void MacOSListsCallOutDevicesButNotTheBluetoothPort()
    {
        string dev = Directory.CreateTempSubdirectory("hwtoken-dev-").FullName;
        try
        {
            foreach (string name in new[] { "cu.usbserial-0001", "cu.SLAB_USBtoUART", "cu.usbmodem14101", "cu.Bluetooth-Incoming-Port", "cu.debug-console", "tty.usbserial-0001" })
            {
                File.WriteAllText(Path.Combine(dev, name), string.Empty);
            }

            IReadOnlyList<SerialPortInfo> ports = PortLister.ListMacOS(dev);
            CollectionAssert.AreEqual(
                new[] { "cu.SLAB_USBtoUART", "cu.debug-console", "cu.usbmodem14101", "cu.usbserial-0001" },
                ports.Select(p => Path.GetFileName(p.Path)).ToArray());
            CollectionAssert.AreEqual(
                new[] { SerialPortKind.UsbSerialAdapter, SerialPortKind.Other, SerialPortKind.UsbCdcAcm, SerialPortKind.UsbSerialAdapter },
                ports.Select(p => p.Kind).ToArray());
        }
        finally
        {
            Directory.Delete(dev, recursive: true);
        }
    }

    [TestMethod]
    public void ByIdNamesBecomeReadableDescriptions()
    {
        Assert.AreEqual("1a86 USB Serial", PortLister.DescribeById("usb-1a86_USB_Serial-if00-port0"));
        Assert.AreEqual("Silicon Labs CP2102N USB to UART Bridge Controller 3c2a", PortLister.DescribeById("usb-Silicon_Labs_CP2102N_USB_to_UART_Bridge_Controller_3c2a-if00-port0"));
        Assert.AreEqual("pci-serial", PortLister.DescribeById("pci-serial"));
    }

    [TestMethod]
    public void ThisMachineCanBeListed()
    {
        ExternalTool.RequirePosix();
        IReadOnlyList<SerialPortInfo> ports = PortLister.List();
        foreach (SerialPortInfo port in ports)
        {
            Assert.IsTrue(File.Exists(port.Path), port.Path);
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace HardwareToken.Transport;

/// <summary>
/// Lists the serial ports a token could be on: Linux /dev/ttyUSB*, /dev/ttyACM* and /dev/serial/by-id/*
/// (links resolved and merged with their targets), macOS /dev/cu.* except the Bluetooth incoming port.
/// </summary>
public static partial class PortLister
{
    /// <summary>The candidate ports of this machine, sorted by path.</summary>
    /// <exception cref="PlatformNotSupportedException">On an OS other than Linux, macOS and Windows.</exception>
    public static IReadOnlyList<SerialPortInfo> List()
    {
        if (OperatingSystem.IsLinux())
        {
            return ListLinux("/dev", "/sys/class/tty");
        }

        if (OperatingSystem.IsMacOS())
        {
            return ListMacOS("/dev");
        }

        if (OperatingSystem.IsWindows())
        {
            return WindowsPortLister.List();
        }

        throw new PlatformNotSupportedException("listing serial ports is supported on Linux, macOS and Windows");
    }

    /// <summary>Linux discovery under <paramref name="devRoot"/>, with USB names read from <paramref name="sysClassTty"/>.</summary>
    internal static IReadOnlyList<SerialPortInfo> ListLinux(string devRoot, string sysClassTty)
    {
        var ports = new SortedDictionary<string, SerialPortInfo>(StringComparer.Ordinal);
        foreach (string pattern in new[] { "ttyUSB*", "ttyACM*" })
        {
            foreach (string device in Files(devRoot, pattern))
            {
                string name = Path.GetFileName(device);
                SerialPortKind kind = name.StartsWith("ttyUSB", StringComparison.Ordinal) ? SerialPortKind.UsbSerialAdapter : SerialPortKind.UsbCdcAcm;
                ports[device] = new SerialPortInfo(device, kind, UsbDescription(sysClassTty, name) ?? DefaultDescription(kind), null);
            }
        }

        foreach (string link in Files(Path.Combine(devRoot, "serial", "by-id"), "*"))
        {
            string? target = ResolveLink(link);
            if (target is null)
            {
                continue;
            }

            string fromId = DescribeById(Path.GetFileName(link));
            if (ports.TryGetValue(target, out SerialPortInfo? known))
            {
                // The first by-id name wins; sysfs names (if any) are more precise than the parsed link name.
                if (known.StablePath is null)
                {
                    string description = known.Description == DefaultDescription(known.Kind) ? fromId : known.Description;
                    ports[target] = known with { StablePath = link, Description = description };
                }
            }
            else if (File.Exists(target))
            {
                ports[target] = new SerialPortInfo(target, SerialPortKind.Other, fromId, link);
            }
        }

        return ports.Values.ToArray();
    }

    /// <summary>macOS discovery under <paramref name="devRoot"/>: the call-out devices /dev/cu.*.</summary>
    internal static IReadOnlyList<SerialPortInfo> ListMacOS(string devRoot)
    {
        var ports = new List<SerialPortInfo>();
        foreach (string device in Files(devRoot, "cu.*").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(device)[3..];
            if (name.StartsWith("Bluetooth-Incoming-Port", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            SerialPortKind kind =
                name.StartsWith("usbmodem", StringComparison.OrdinalIgnoreCase) ? SerialPortKind.UsbCdcAcm
                : name.Contains("usbserial", StringComparison.OrdinalIgnoreCase) || name.StartsWith("SLAB_USBtoUART", StringComparison.OrdinalIgnoreCase)
                    ? SerialPortKind.UsbSerialAdapter
                : SerialPortKind.Other;
            ports.Add(new SerialPortInfo(device, kind, DefaultDescription(kind), null));
        }

        return ports;
    }

    /// <summary>"usb-Silicon_Labs_CP2102_USB_to_UART_Bridge_Controller_0001-if00-port0" → "Silicon Labs CP2102 USB to UART Bridge Controller 0001".</summary>
    internal static string DescribeById(string linkName)
    {
        string name = ByIdPrefix().Replace(linkName, string.Empty);
        name = ByIdInterfaceSuffix().Replace(name, string.Empty);
        return name.Replace('_', ' ').Trim();
    }

    private static string DefaultDescription(SerialPortKind kind) => kind switch
    {
        SerialPortKind.UsbSerialAdapter => "USB serial adapter",
        SerialPortKind.UsbCdcAcm => "USB CDC-ACM device",
        _ => "serial port",
    };

    /// <summary>Manufacturer, product and VID:PID of the USB device a tty belongs to, from sysfs.</summary>
    private static string? UsbDescription(string sysClassTty, string ttyName)
    {
        try
        {
            var device = new DirectoryInfo(Path.Combine(sysClassTty, ttyName, "device"));
            string? current = device.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? (device.Exists ? device.FullName : null);
            for (int up = 0; current is not null && up < 4; up++)
            {
                string vendorFile = Path.Combine(current, "idVendor");
                if (File.Exists(vendorFile))
                {
                    string vendor = File.ReadAllText(vendorFile).Trim();
                    string product = ReadOrEmpty(Path.Combine(current, "idProduct"));
                    string name = string.Join(' ', new[] { ReadOrEmpty(Path.Combine(current, "manufacturer")), ReadOrEmpty(Path.Combine(current, "product")) }.Where(s => s.Length > 0));
                    return (name.Length > 0 ? name + " " : string.Empty) + $"({vendor}:{product})";
                }

                current = Path.GetDirectoryName(current);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }

    private static string ReadOrEmpty(string file) => File.Exists(file) ? File.ReadAllText(file).Trim() : string.Empty;

    private static string? ResolveLink(string link)
    {
        try
        {
            FileSystemInfo? target = new FileInfo(link).ResolveLinkTarget(returnFinalTarget: true);
            return target?.FullName;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Files(string directory, string pattern)
    {
        try
        {
            return Directory.Exists(directory) ? Directory.GetFiles(directory, pattern) : [];
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    [GeneratedRegex("^usb-")]
    private static partial Regex ByIdPrefix();

    [GeneratedRegex("-if[0-9]+(-port[0-9]+)?$")]
    private static partial Regex ByIdInterfaceSuffix();
}

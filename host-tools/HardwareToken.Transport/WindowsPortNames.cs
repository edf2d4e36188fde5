using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace HardwareToken.Transport;

/// <summary>
/// Windows port discovery, as pure functions over what the registry holds (the registry reading itself is in
/// <see cref="WindowsPortLister"/>): HKLM\HARDWARE\DEVICEMAP\SERIALCOMM maps a driver's device name
/// (\Device\Silabser0) to COMn, and a USB device's instance key carries a FriendlyName such as
/// "Silicon Labs CP210x USB to UART Bridge (COM5)" next to Device Parameters\PortName = COM5.
/// </summary>
internal static class WindowsPortNames
{
    /// <summary>True for COM1..COM256 (any case).</summary>
    public static bool IsComName(string name) =>
        name.Length > 3 && name.StartsWith("COM", StringComparison.OrdinalIgnoreCase)
        && int.TryParse(name.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= 256;

    /// <summary>
    /// The ports sorted by number, described by their USB friendly name when one is known, else by the kind of
    /// driver behind the SERIALCOMM device name.
    /// </summary>
    /// <param name="serialComm">SERIALCOMM's values: device name → COM name.</param>
    /// <param name="friendlyNames">COM name → FriendlyName, from the USB device instances.</param>
    public static IReadOnlyList<SerialPortInfo> Describe(IEnumerable<KeyValuePair<string, string>> serialComm, IReadOnlyDictionary<string, string> friendlyNames)
    {
        var ports = new Dictionary<string, SerialPortInfo>(StringComparer.OrdinalIgnoreCase);
        foreach ((string device, string com) in serialComm)
        {
            string name = com.Trim();
            if (!IsComName(name))
            {
                continue;
            }

            SerialPortKind kind = KindOf(device);
            string description = friendlyNames.TryGetValue(name, out string? friendly) ? StripComSuffix(friendly, name) : DriverDescription(device, kind);
            ports[name] = new SerialPortInfo(name.ToUpperInvariant(), kind, description, null);
        }

        return ports.Values.OrderBy(p => int.Parse(p.Path.AsSpan(3), CultureInfo.InvariantCulture)).ToArray();
    }

    /// <summary>The kind of device from the driver's device name.</summary>
    public static SerialPortKind KindOf(string device)
    {
        string d = device.ToUpperInvariant();
        if (d.Contains("USBSER", StringComparison.Ordinal))
        {
            return SerialPortKind.UsbCdcAcm;
        }

        return d.Contains("SILABSER", StringComparison.Ordinal) || d.Contains("VCP", StringComparison.Ordinal)
            || d.Contains("CH341", StringComparison.Ordinal) || d.Contains("CH34", StringComparison.Ordinal)
            || d.Contains("PROLIFIC", StringComparison.Ordinal) || d.Contains("USBSERIAL", StringComparison.Ordinal)
            ? SerialPortKind.UsbSerialAdapter
            : SerialPortKind.Other;
    }

    private static string DriverDescription(string device, SerialPortKind kind)
    {
        string d = device.ToUpperInvariant();
        string what = d.Contains("SILABSER", StringComparison.Ordinal) ? "Silicon Labs CP210x USB-UART bridge"
            : d.Contains("CH34", StringComparison.Ordinal) ? "WCH CH34x USB-UART bridge"
            : d.Contains("VCP", StringComparison.Ordinal) ? "FTDI USB-UART bridge"
            : kind == SerialPortKind.UsbCdcAcm ? "USB CDC-ACM device"
            : "serial port";
        return what + " (" + device + ")";
    }

    private static string StripComSuffix(string friendly, string com)
    {
        string suffix = " (" + com + ")";
        return friendly.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) ? friendly[..^suffix.Length] : friendly;
    }
}

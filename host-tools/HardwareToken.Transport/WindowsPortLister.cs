using System;
using System.Collections.Generic;
using System.Runtime.Versioning;
using Microsoft.Win32;

namespace HardwareToken.Transport;

/// <summary>Reads the registry keys <see cref="WindowsPortNames"/> interprets. Windows only.</summary>
[SupportedOSPlatform("windows")]
internal static class WindowsPortLister
{
    /// <summary>The enumerators whose devices carry COM ports: USB (CP210x, CH34x, CDC-ACM) and FTDI's own bus.</summary>
    private static readonly string[] Enumerators = ["USB", "FTDIBUS"];

    public static IReadOnlyList<SerialPortInfo> List()
    {
        var serialComm = new List<KeyValuePair<string, string>>();
        using (RegistryKey? map = Registry.LocalMachine.OpenSubKey(@"HARDWARE\DEVICEMAP\SERIALCOMM"))
        {
            foreach (string device in map?.GetValueNames() ?? [])
            {
                if (map!.GetValue(device) is string com)
                {
                    serialComm.Add(new(device, com));
                }
            }
        }

        return WindowsPortNames.Describe(serialComm, FriendlyNames());
    }

    /// <summary>COM name → FriendlyName of the device instance whose Device Parameters\PortName it is.</summary>
    private static Dictionary<string, string> FriendlyNames()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (string enumerator in Enumerators)
        {
            try
            {
                using RegistryKey? root = Registry.LocalMachine.OpenSubKey(@"SYSTEM\CurrentControlSet\Enum\" + enumerator);
                foreach (string hardwareId in root?.GetSubKeyNames() ?? [])
                {
                    using RegistryKey? device = root!.OpenSubKey(hardwareId);
                    foreach (string instance in device?.GetSubKeyNames() ?? [])
                    {
                        using RegistryKey? key = device!.OpenSubKey(instance);
                        using RegistryKey? parameters = key?.OpenSubKey("Device Parameters");
                        if (parameters?.GetValue("PortName") is string port && key!.GetValue("FriendlyName") is string friendly)
                        {
                            names[port] = friendly;
                        }
                    }
                }
            }
            catch (Exception e) when (e is System.Security.SecurityException or UnauthorizedAccessException or System.IO.IOException)
            {
                // A key we may not read: fall back on the driver's name for that port.
            }
        }

        return names;
    }
}

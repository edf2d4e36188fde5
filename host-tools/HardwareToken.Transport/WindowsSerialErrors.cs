using System;
using System.IO;
using System.Linq;

namespace HardwareToken.Transport;

/// <summary>
/// What System.IO.Ports throws when a COM port will not open, turned into <see cref="SerialPortException"/>s that say
/// what to do. Pure, so it is tested on every OS.
/// </summary>
internal static class WindowsSerialErrors
{
    /// <summary>Turns what System.IO.Ports threw at Open into a message that says what to do.</summary>
    /// <param name="name">The port as the user gave it.</param>
    /// <param name="e">What Open threw.</param>
    /// <param name="known">The COM ports the system lists (to tell "unknown port" from "broken driver").</param>
    public static SerialPortException OpenFailed(string name, Exception e, string[] known)
    {
        bool listed = known.Contains(name.TrimStart('\\', '.'), StringComparer.OrdinalIgnoreCase);
        return e switch
        {
            // Windows refuses a second CreateFile on a COM port with ERROR_ACCESS_DENIED: nearly always "in use".
            UnauthorizedAccessException => new SerialPortException(SerialPortErrorKind.PortInUse, name,
                $"{name}: access denied: another program has the port open (PuTTY, the Arduino IDE, Visual Studio's nanoFramework Device Explorer, a second hwtoken?); close it and try again"),
            IOException or ArgumentException when !listed => new SerialPortException(SerialPortErrorKind.PortNotFound, name,
                known.Length == 0
                    ? $"{name}: no such port, and Windows lists no COM port at all; plug the token in (Device Manager should show it under \"Ports (COM & LPT)\") and run `hwtoken ports`"
                    : $"{name}: no such port; this machine has {string.Join(", ", known)} (run `hwtoken ports` for details)"),
            _ => new SerialPortException(SerialPortErrorKind.IoError, name,
                $"{name}: cannot open the port: {e.Message}; unplug the token, plug it back in and try again"),
        };
    }
}

using System;
using System.Runtime.InteropServices;
using HardwareToken.Transport.Native;

namespace HardwareToken.Transport;

/// <summary>Turns error numbers into <see cref="SerialPortException"/>s whose messages say what to do.</summary>
internal static class SerialErrors
{
    public static SerialPortException OpenFailed(string path, int errno, string call)
    {
        Errno kind = PosixPlatform.Current.Classify(errno);
        return kind switch
        {
            Errno.NoEntry or Errno.NotDirectory => NotFound(path, errno),
            Errno.NoDeviceOrAddress or Errno.NoDevice => new SerialPortException(
                SerialPortErrorKind.PortNotFound,
                path,
                $"{path}: the device behind this port is not present (unplugged?); plug the token in and run `hwtoken ports`",
                errno),
            Errno.AccessDenied or Errno.NotPermitted => PermissionDenied(path, errno),
            Errno.Busy or Errno.WouldBlock => InUse(path, errno),
            Errno.NotATerminal or Errno.IsDirectory => NotATerminal(path, errno),
            _ => Other(path, errno, call),
        };
    }

    public static SerialPortException ExchangeFailed(string path, int errno, string call)
    {
        Errno kind = PosixPlatform.Current.Classify(errno);
        return kind switch
        {
            Errno.InputOutput or Errno.NoDeviceOrAddress or Errno.NoDevice or Errno.BrokenPipe => Vanished(path, errno),
            _ => Other(path, errno, call),
        };
    }

    public static SerialPortException NotFound(string path, int errno) => new(
        SerialPortErrorKind.PortNotFound,
        path,
        $"{path}: no such port; run `hwtoken ports` to list the serial ports",
        errno);

    public static SerialPortException PermissionDenied(string path, int errno) => new(
        SerialPortErrorKind.PermissionDenied,
        path,
        OperatingSystem.IsMacOS()
            ? $"{path}: permission denied; macOS needs no group membership for serial ports, so check the path (use /dev/cu.*, see `hwtoken ports`) and whether security software blocks it"
            : $"{path}: permission denied; add yourself to the group that owns serial ports with `sudo usermod -aG dialout $USER` (uucp on Arch), then log out and back in",
        errno);

    public static SerialPortException InUse(string path, int errno) => new(
        SerialPortErrorKind.PortInUse,
        path,
        $"{path}: the port is in use: another program has it open (screen, minicom, a second hwtoken?); close it and try again",
        errno);

    public static SerialPortException NotATerminal(string path, int errno) => new(
        SerialPortErrorKind.NotATerminal,
        path,
        $"{path}: not a serial port (not a terminal device); run `hwtoken ports` to list the serial ports",
        errno);

    public static SerialPortException Vanished(string path, int errno) => new(
        SerialPortErrorKind.DeviceVanished,
        path,
        $"{path}: the token was unplugged (the port went away mid-exchange); plug it back in and try again",
        errno);

    public static SerialPortException WriteTimedOut(string path, TimeSpan timeout) => new(
        SerialPortErrorKind.WriteTimedOut,
        path,
        $"{path}: the device accepted no data for {timeout.TotalSeconds:0.#} s; unplug the token, plug it back in and try again");

    private static SerialPortException Other(string path, int errno, string call) => new(
        SerialPortErrorKind.IoError,
        path,
        $"{path}: {call} failed: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno})",
        errno);
}

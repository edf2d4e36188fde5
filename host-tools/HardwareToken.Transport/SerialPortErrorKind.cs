namespace HardwareToken.Transport;

/// <summary>What went wrong with a serial port, for callers that react differently to each case.</summary>
public enum SerialPortErrorKind
{
    /// <summary>No device at that path (ENOENT), or the device behind it is not present (ENXIO, ENODEV).</summary>
    PortNotFound = 1,

    /// <summary>The user may not open the device (EACCES, EPERM).</summary>
    PermissionDenied = 2,

    /// <summary>Another program holds the port (EBUSY from open or TIOCEXCL, or our advisory lock is taken).</summary>
    PortInUse = 3,

    /// <summary>The device disappeared during an exchange (EIO, ENXIO, hang-up, end of file): it was unplugged.</summary>
    DeviceVanished = 4,

    /// <summary>The path is not a terminal device (ENOTTY, or a directory).</summary>
    NotATerminal = 5,

    /// <summary>The device stopped accepting bytes for longer than the write timeout.</summary>
    WriteTimedOut = 6,

    /// <summary>Any other operating-system error; the message carries the system's description.</summary>
    IoError = 7,
}

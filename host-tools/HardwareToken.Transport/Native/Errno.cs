namespace HardwareToken.Transport.Native;

/// <summary>The error numbers this library reacts to, named independently of each OS's numbering.</summary>
internal enum Errno
{
    Other = 0,
    NoEntry,
    AccessDenied,
    NotPermitted,
    Busy,
    InputOutput,
    NoDeviceOrAddress,
    NoDevice,
    WouldBlock,
    Interrupted,
    NotATerminal,
    IsDirectory,
    NotDirectory,
    BrokenPipe,
    NotSupported,
}

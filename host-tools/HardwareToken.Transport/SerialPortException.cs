using System.IO;

namespace HardwareToken.Transport;

/// <summary>
/// A serial port failure with a <see cref="Kind"/> to branch on and a message that tells a person what to do.
/// </summary>
public sealed class SerialPortException : IOException
{
    /// <summary>Creates the exception.</summary>
    public SerialPortException(SerialPortErrorKind kind, string portPath, string message, int nativeErrorCode = 0)
        : base(message)
    {
        Kind = kind;
        PortPath = portPath;
        NativeErrorCode = nativeErrorCode;
    }

    /// <summary>The kind of failure.</summary>
    public SerialPortErrorKind Kind { get; }

    /// <summary>The port path as the caller gave it.</summary>
    public string PortPath { get; }

    /// <summary>The OS error number (errno), or 0 when the failure was not a failed call (hang-up, timeout).</summary>
    public int NativeErrorCode { get; }
}

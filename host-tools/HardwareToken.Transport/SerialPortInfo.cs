namespace HardwareToken.Transport;

/// <summary>A candidate serial port.</summary>
/// <param name="Path">The device to open, e.g. /dev/ttyUSB0 or /dev/cu.usbserial-0001.</param>
/// <param name="Kind">The kind of device, judged from its name.</param>
/// <param name="Description">A human description: the USB vendor and product when known.</param>
/// <param name="StablePath">
/// A name that survives re-plugging (Linux /dev/serial/by-id/...), or null when the system offers none.
/// </param>
public sealed record SerialPortInfo(string Path, SerialPortKind Kind, string Description, string? StablePath);

namespace HardwareToken.Transport;

/// <summary>What kind of device a listed port is, judged from its name.</summary>
public enum SerialPortKind
{
    /// <summary>A USB-to-UART bridge (CP210x, CH340, FTDI): Linux /dev/ttyUSB*, macOS cu.usbserial* / cu.SLAB_*.</summary>
    UsbSerialAdapter = 1,

    /// <summary>A USB CDC-ACM device (native USB, e.g. ESP32-S3): Linux /dev/ttyACM*, macOS cu.usbmodem*.</summary>
    UsbCdcAcm = 2,

    /// <summary>Any other serial device the system lists.</summary>
    Other = 3,
}

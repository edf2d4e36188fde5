using System;
using System.IO.Ports;
using HardwareToken.Core.Ports;

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// <see cref="ISerialLink"/> on a UART (package nanoFramework.System.IO.Ports, class <see cref="SerialPort"/>):
    /// COM2 = UART1 at 115200 8N1 on the pins <see cref="Program"/> routes with <c>Configuration.SetPinFunction</c>.
    /// </summary>
    /// <remarks>
    /// COM1 (UART0) cannot be used: on a classic ESP32 it carries the nanoFramework wire protocol (debugger and
    /// deployment), hence a separate USB-UART adapter on COM2 (hardware/README.md).
    /// <see cref="Read"/> never blocks: it asks <see cref="SerialPort.BytesToRead"/> first and reads at most that many
    /// bytes, so the port's infinite default read timeout never comes into play. <see cref="Write"/> hands the bytes
    /// to the driver and may block until they fit its buffer. A UART cannot tell whether anyone listens, so neither
    /// call sees a missing peer.
    /// <para>Receive buffer: <see cref="SerialPort.ReadBufferSize"/> (default 256) sizes both the native ring the
    /// managed reads drain and the ESP-IDF driver's buffer (nf-interpreter
    /// <c>targets/ESP32/_nanoCLR/System.IO.Ports/sys_io_ser_native_System_IO_Ports_SerialPort.cpp</c>, NativeInit:
    /// <c>platform_malloc(bufferSize)</c> and <c>uart_driver_install(uart_num, bufferSize, ...)</c>), and it can only be
    /// set before <see cref="SerialPort.Open"/>. A native task keeps filling the ring while the main loop is blocked in
    /// a native call; when the ring is full the newest bytes are dropped silently (<c>HAL_RingBuffer::Push</c>).
    /// <see cref="ReceiveBufferBytes"/> holds 355 ms of continuous traffic at 115200 baud (11.5 bytes/ms): more than a
    /// frame push at 100 kHz (about 100 ms), a LittleFS file write with a sector erase (tens of ms typically), and
    /// twenty of the largest request frames (202 bytes). A 1 s I2C time-out is longer, but hwtoken sends one request
    /// and waits for its reply, so at most one frame is ever in flight; a frame that loses bytes anyway fails its CRC
    /// or times out in the core's decoder, which answers with an error and resynchronises (shared tests).
    /// Cost: twice this in internal RAM (ring + driver), outside the managed heap.</para>
    /// </remarks>
    public sealed class Com2SerialLink : ISerialLink
    {
        /// <summary>Receive buffer size handed to <see cref="SerialPort.ReadBufferSize"/> before opening.</summary>
        public const int ReceiveBufferBytes = 4096;

        private readonly SerialPort _port;

        /// <summary>Opens <paramref name="portName"/> ("COM2") at <paramref name="baudRate"/>, 8 data bits, no parity, 1 stop bit.</summary>
        public Com2SerialLink(string portName, int baudRate)
        {
            _port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One);
            _port.ReadBufferSize = ReceiveBufferBytes;
            _port.Open();
        }

        /// <inheritdoc />
        public int Read(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            if (count == 0)
            {
                return 0;
            }

            int available = _port.BytesToRead;
            if (available <= 0)
            {
                return 0;
            }

            return _port.Read(buffer, offset, available < count ? available : count);
        }

        /// <inheritdoc />
        public void Write(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            if (count > 0)
            {
                _port.Write(buffer, offset, count);
            }
        }
    }
}

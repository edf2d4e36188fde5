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
    /// </remarks>
    public sealed class Com2SerialLink : ISerialLink
    {
        private readonly SerialPort _port;

        /// <summary>Opens <paramref name="portName"/> ("COM2") at <paramref name="baudRate"/>, 8 data bits, no parity, 1 stop bit.</summary>
        public Com2SerialLink(string portName, int baudRate)
        {
            _port = new SerialPort(portName, baudRate, Parity.None, 8, StopBits.One);
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

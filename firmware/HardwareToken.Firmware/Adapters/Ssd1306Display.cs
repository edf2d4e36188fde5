using System;
using System.Device.I2c;
using HardwareToken.Core.Ports;
using HardwareToken.Core.Screens;
using Iot.Device.Ssd13xx;

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// <see cref="IDisplay"/> on the SSD1306 128x64 I2C OLED (package nanoFramework.Iot.Device.Ssd13xx, class
    /// <see cref="Ssd1306"/>).
    /// </summary>
    /// <remarks>
    /// Frames go through <c>DrawDirectAligned(0, 0, 128, 64, frame)</c>, which copies the page-major frame into the
    /// binding's own buffer (the core's array is not kept), then <c>Display()</c>, which writes the 8 pages (page
    /// address command, then 0x40 + 128 data bytes each). At 100 kHz a full frame takes roughly 100 ms.
    /// Power and contrast are raw command writes on this adapter's own <see cref="I2cDevice"/> reference
    /// ({0x00, 0xAE} off, {0x00, 0xAF} on, {0x00, 0x81, c} contrast) instead of the binding's command helper, which
    /// reuses (and overwrites) the frame buffer and sends the whole buffer after the command bytes (FACTS §1).
    /// Display RAM survives 0xAE, so a frame shown while off appears at the next power-on, as the port requires.
    /// </remarks>
    public sealed class Ssd1306Display : IDisplay
    {
        private readonly I2cDevice _i2c;
        private readonly Ssd1306 _panel;
        private readonly byte[] _displayOff = new byte[] { 0x00, 0xAE };
        private readonly byte[] _displayOn = new byte[] { 0x00, 0xAF };
        private readonly byte[] _contrast = new byte[] { 0x00, 0x81, 0x7F };

        /// <summary>Initialises the panel on <paramref name="i2c"/> (the binding sends the init sequence; panel on).</summary>
        public Ssd1306Display(I2cDevice i2c)
        {
            if (i2c == null)
            {
                throw new ArgumentNullException("i2c");
            }

            _i2c = i2c;
            _panel = new Ssd1306(i2c);
        }

        /// <inheritdoc />
        public void Show(byte[] frame)
        {
            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }

            if (frame.Length != FrameLayout.Size)
            {
                throw new ArgumentException("a frame is FrameLayout.Size bytes", "frame");
            }

            _panel.DrawDirectAligned(0, 0, FrameLayout.Width, FrameLayout.Height, frame);
            _panel.Display();
        }

        /// <inheritdoc />
        public void SetPower(bool on)
        {
            _i2c.Write(on ? _displayOn : _displayOff);
        }

        /// <inheritdoc />
        public void SetContrast(byte contrast)
        {
            _contrast[2] = contrast;
            _i2c.Write(_contrast);
        }
    }
}

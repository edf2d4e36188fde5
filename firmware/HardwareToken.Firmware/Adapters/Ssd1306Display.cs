using System;
using System.Device.I2c;
using HardwareToken.Core.Ports;
using HardwareToken.Core.Screens;
using Iot.Device.Ssd13xx;

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// <see cref="IDisplay"/> on the SSD1306 128x64 I2C OLED. The binding (package nanoFramework.Iot.Device.Ssd13xx,
    /// class <see cref="Ssd1306"/>) only sends the init sequence; frames, power and contrast are raw writes on this
    /// adapter's own <see cref="I2cDevice"/>, each one status-checked.
    /// </summary>
    /// <remarks>
    /// <para>Wake-up flash: the binding's init sequence ends with display ON (0xAF; IoT.Device
    /// <c>devices/Ssd13xx/Ssd13xx.cs</c>, <c>_oled128x64Init</c>) and the panel keeps its RAM through the ESP32's deep
    /// sleep, so the last (expired) code would show from construction until the first frame. The constructor
    /// therefore sends display OFF right after the init, and <see cref="SetPower"/>(true) only takes effect once a
    /// frame has been pushed whole (it is remembered until then).</para>
    /// <para>Frame push: the same bytes as the binding's <c>Display()</c>, 8 × ({0x00, 0xB0+p, 0x00, 0x10} then 0x40 +
    /// 128 data bytes), preceded by a column/page window {0x00, 0x21, 0, 127, 0x22, 0, 7}. The init selects horizontal
    /// addressing (0x20 0x00), where the page commands are ignored and the RAM pointer simply runs on, so after an
    /// abandoned frame the window command is what puts the next frame back at page 0, column 0. Each write's
    /// <see cref="I2cTransferResult"/> is checked and the frame is abandoned at the first failure (a stuck or absent
    /// bus costs one transfer's time-out, 1 s natively, instead of 17), and <see cref="Show"/> returns false so the
    /// core draws it again at its next step. The binding's <c>Display()</c> ignores every status.</para>
    /// <para>A full frame is 1 + 16 writes, about 1.2 KB on the wire: ~100 ms at 100 kHz, ~25 ms at 400 kHz.
    /// The binding's command helper is not used: it reuses (and overwrites) the frame buffer and sends all of it after
    /// the command bytes (FACTS §1). No allocation after construction.</para>
    /// </remarks>
    public sealed class Ssd1306Display : IDisplay
    {
        private const int PageCount = FrameLayout.Height / 8;

        private readonly I2cDevice _i2c;
        private readonly Ssd1306 _panel;
        private static readonly byte[] DisplayOff = new byte[] { 0x00, 0xAE }; // never written to: shared with ForceOff
        private readonly byte[] _displayOn = new byte[] { 0x00, 0xAF };
        private readonly byte[] _contrast = new byte[] { 0x00, 0x81, 0x7F };
        private readonly byte[] _window = new byte[] { 0x00, 0x21, 0x00, FrameLayout.Width - 1, 0x22, 0x00, PageCount - 1 };
        private readonly byte[] _pageCommand = new byte[] { 0x00, 0xB0, 0x00, 0x10 };
        private readonly byte[] _pageData = new byte[1 + FrameLayout.Width];
        private bool _framePushed;
        private bool _powerWanted;

        /// <summary>Initialises the panel on <paramref name="i2c"/> and turns it off until the first frame.</summary>
        public Ssd1306Display(I2cDevice i2c)
        {
            if (i2c == null)
            {
                throw new ArgumentNullException("i2c");
            }

            _i2c = i2c;
            _panel = new Ssd1306(i2c); // sends the init sequence (ending with 0xAF); nothing else of the binding is used
            Write(DisplayOff);
            _pageData[0] = 0x40;
        }

        /// <summary>Turns the panel off with one raw write to <paramref name="i2c"/>, for the crash path; never throws.</summary>
        public static void ForceOff(I2cDevice i2c)
        {
            if (i2c != null)
            {
                Write(i2c, DisplayOff);
            }
        }

        /// <inheritdoc />
        public bool Show(byte[] frame)
        {
            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }

            if (frame.Length != FrameLayout.Size)
            {
                throw new ArgumentException("a frame is FrameLayout.Size bytes", "frame");
            }

            if (!Write(_window))
            {
                return false;
            }

            for (int page = 0; page < PageCount; page++)
            {
                _pageCommand[1] = (byte)(0xB0 + page);
                Array.Copy(frame, page * FrameLayout.Width, _pageData, 1, FrameLayout.Width);
                if (!Write(_pageCommand) || !Write(_pageData))
                {
                    return false;
                }
            }

            if (!_framePushed)
            {
                _framePushed = true;
                if (_powerWanted)
                {
                    Write(_displayOn);
                }
            }

            return true;
        }

        /// <inheritdoc />
        public void SetPower(bool on)
        {
            _powerWanted = on;
            if (!on || _framePushed)
            {
                Write(on ? _displayOn : DisplayOff);
            }
        }

        /// <inheritdoc />
        public void SetContrast(byte contrast)
        {
            _contrast[2] = contrast;
            Write(_contrast);
        }

        private bool Write(byte[] bytes)
        {
            return Write(_i2c, bytes);
        }

        private static bool Write(I2cDevice i2c, byte[] bytes)
        {
            try
            {
                return i2c.Write(bytes).Status == I2cTransferStatus.FullTransfer;
            }
            catch (Exception)
            {
                // The ESP32 native throws for bus errors other than NACK and time-out.
                return false;
            }
        }
    }
}

namespace HardwareToken.Core.Ports
{
    /// <summary>
    /// The 128x64 monochrome OLED (SSD1306).
    /// </summary>
    /// <remarks>
    /// Contract: <see cref="Show"/> takes exactly <see cref="HardwareToken.Core.Screens.FrameLayout.Size"/> bytes in the SSD1306's own GDDRAM
    /// layout (8 pages of 128 columns, page-major; in each byte bit 0 is the top pixel of the page) and pushes
    /// them to the panel. The display keeps no reference to the array after the call returns, so the core can
    /// reuse one preallocated frame. Turning the panel off keeps its RAM; <see cref="Show"/> while off is
    /// allowed and becomes visible at the next <see cref="SetPower"/>(true). <see cref="Show"/> returns false when
    /// the frame did not reach the panel (a bus transfer failed; the adapter abandons the frame at the first
    /// failure instead of waiting out every transfer); the core then draws it again at its next step.
    /// </remarks>
    public interface IDisplay
    {
        /// <summary>Pushes one full frame (1024 bytes, page-major, LSB at the top); false when it did not arrive whole.</summary>
        bool Show(byte[] frame);

        /// <summary>Turns the panel on or off (SSD1306 commands 0xAF / 0xAE).</summary>
        void SetPower(bool on);

        /// <summary>Sets the contrast, 0..255 (SSD1306 command 0x81).</summary>
        void SetContrast(byte contrast);
    }
}

namespace HardwareToken.Core.App
{
    /// <summary>
    /// Build-time and behaviour settings of the token. The firmware and the emulator fill one in at start-up;
    /// tests use the defaults.
    /// </summary>
    public sealed class TokenConfig
    {
        /// <summary>
        /// Unix seconds of the firmware build. An RTC that reads earlier than this is treated as never set.
        /// </summary>
        public long FirmwareBuildUnixSeconds = 1767225600; // 2026-01-01T00:00:00Z

        /// <summary>How long the code screen stays on after a press, in milliseconds.</summary>
        public int DisplayTimeoutMilliseconds = 30000;

        /// <summary>How long the token waits for the confirming button press, in milliseconds.</summary>
        public int ConfirmTimeoutMilliseconds = 30000;

        /// <summary>A press at least this long is a long press, in milliseconds.</summary>
        public int LongPressMilliseconds = 1500;

        /// <summary>OLED contrast, 0..255 (SSD1306 command 0x81; 0x7F is the controller's reset value).</summary>
        public byte DisplayContrast = 0x7F;

        /// <summary>Firmware version shown by the info command.</summary>
        public string FirmwareVersion = "1.0.0";
    }
}

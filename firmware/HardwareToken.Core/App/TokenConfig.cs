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

        /// <summary>
        /// The warm window, in milliseconds: how long the token light-sleeps after the display timeout before it
        /// deep-sleeps. A press within it shows the code without a reboot (docs/power.md: the default comes from the
        /// power model). 0 = deep sleep only (the one-line setting for boards where light sleep misbehaves);
        /// <see cref="int.MaxValue"/> = light sleep only.
        /// </summary>
        public int WarmWindowMilliseconds = 60000;

        /// <summary>
        /// A press counts as a confirmation only when it began at least this long after the confirm screen was
        /// pushed to the panel (an earlier press is ignored and the screen says so). It is also the margin for button
        /// time stamps, which the ESP32 takes late by the debounce and any blocking call (docs/firmware.md).
        /// </summary>
        public int ConfirmMinimumVisibleMilliseconds = 500;

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

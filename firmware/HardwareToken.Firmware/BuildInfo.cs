using HardwareToken.Core.Time;

namespace HardwareToken.Firmware
{
    /// <summary>
    /// Release facts compiled into the firmware. Plain constants (no nanoFramework types), checked by the desktop
    /// tests in tests/HardwareToken.Hardware.Tests.
    /// </summary>
    public static class BuildInfo
    {
        /// <summary>
        /// Unix seconds (UTC) of the release build: 2026-11-23T00:00:00Z. Update it at every release (see the release
        /// checklist in docs/firmware.md). The core treats an RTC that reads earlier than this as never set, so it
        /// must never lie in the future; a test checks that.
        /// </summary>
        public const long FirmwareBuildUnixSeconds = 1795392000;

        /// <summary>Firmware version shown by the info command.</summary>
        public const string FirmwareVersion = "1.0.0";

        /// <summary>
        /// Which RTC chip sits on the board. Both answer at 0x68 and cannot be told apart safely by a read-only probe
        /// (a DS1307's RAM can hold anything at the DS3231's register addresses), so the choice is made here.
        /// The DS3231 is the recommended part (±2 ppm against the DS1307's crystal-limited ±20 ppm).
        /// </summary>
        public const RtcChip Rtc = RtcChip.Ds3231;
    }
}

namespace HardwareToken.Simulations.Power;

/// <summary>
/// Currents of one build of the token in each state, in milliamperes, with the figures' sources (docs/power.md
/// cites them in full). Boot is the deep-sleep wake: ROM, bootloader, ESP-IDF, nanoCLR, assembly load, Main.
/// </summary>
public sealed record PowerBoard(string Name, double AwakeMilliamps, double LightMilliamps, double DeepMilliamps, double BootMilliamps)
{
    // ESP32 datasheet v4.x, table "Power consumption by power modes": modem-sleep (CPU on, radio off) 20-68 mA by
    // clock; light sleep 0.8 mA; deep sleep (RTC timer + RTC memory) 10 µA.
    private const double EspActive = 40.0;
    private const double EspLight = 0.8;
    private const double EspDeep = 0.010;

    // SSD1306 module: panel on with a code screen (about 15 % of pixels lit): about 8 mA (estimate from the SSD1306
    // datasheet's segment current and published module measurements of 20-25 mA all-white); sleep (0xAE) ≤ 10 µA.
    private const double OledOn = 8.0;
    private const double OledOff = 0.010;

    // DS3231 datasheet: active (I2C running) 200 µA, standby 110 µA at VCC 3.63 V (maximum figures).
    private const double RtcActive = 0.200;
    private const double RtcStandby = 0.110;

    // ESP32-DevKitC V4 measured at 3.8 mA in deep sleep (USB bridge, AMS1117 LDO; hardware/README.md, lucidar.me).
    private const double DevKitOverhead = 3.8 - EspDeep;

    // MCP1700 low-Iq LDO: 1.6 µA quiescent (datasheet, typical).
    private const double LowIqLdo = 0.0016;

    /// <summary>The ESP32-DevKitC V4 with the OLED and DS3231 modules (power LEDs removed).</summary>
    public static PowerBoard DevKitC { get; } = new(
        "DevKitC",
        EspActive + OledOn + RtcActive + DevKitOverhead,
        EspLight + OledOff + RtcStandby + DevKitOverhead,
        EspDeep + OledOff + RtcStandby + DevKitOverhead,
        EspActive + RtcActive + DevKitOverhead);

    /// <summary>
    /// A bare WROOM-32 module with an MCP1700, no power LEDs, and the DS3231's VCC switched off while asleep (it
    /// keeps time on its coin cell: 0.84-3 µA from the CR2032, nothing from the main cell).
    /// </summary>
    public static PowerBoard BareModule { get; } = new(
        "bare module",
        EspActive + OledOn + RtcActive + LowIqLdo,
        EspLight + OledOff + LowIqLdo,
        EspDeep + OledOff + LowIqLdo,
        EspActive + RtcActive + LowIqLdo);

    /// <summary>The same bare module with the DS3231 always on the 3.3 V rail (its standby current counts).</summary>
    public static PowerBoard BareModuleRtcOnRail { get; } = new(
        "bare module, RTC on the rail",
        EspActive + OledOn + RtcActive + LowIqLdo,
        EspLight + OledOff + RtcStandby + LowIqLdo,
        EspDeep + OledOff + RtcStandby + LowIqLdo,
        EspActive + RtcActive + LowIqLdo);

    /// <summary>Extra current while awake and booting if the stock image's Wi-Fi station starts (ESP32 datasheet: RX 95-100 mA).</summary>
    public const double WifiExtraMilliamps = 95.0;
}

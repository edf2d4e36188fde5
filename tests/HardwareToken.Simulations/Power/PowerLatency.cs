namespace HardwareToken.Simulations.Power;

/// <summary>
/// Press-to-code latency per stage, in milliseconds: what happens between the press and the code on the panel.
/// </summary>
public static class PowerLatency
{
    /// <summary>The wake step in nanoCLR on the x64 build (tests/HardwareToken.Benchmarks/Nano/WakeStepBenchmark.cs), mean.</summary>
    public const double StepNanoClrX64Milliseconds = 1.8;

    /// <summary>
    /// Assumed slowdown of the same interpreter on a 240 MHz ESP32 against the 2.1 GHz x64 host: the clock ratio (8.75)
    /// times about 4.5 for the in-order core and flash-cached code. Not measured on a chip.
    /// </summary>
    public const double Esp32Slowdown = 40.0;

    /// <summary>Light-sleep exit (ESP-IDF restores clocks and returns) plus the RTC read (9 bytes on I2C).</summary>
    public const double LightWakeMilliseconds = 2.0;

    /// <summary>Power-on to app_main about 300 ms (Espressif, quoted in OLIMEX/ESP32-EVB#59), nanoCLR start and assembly load
    /// and the app's set-up estimated at 800 ms more: unmeasured (docs/firmware.md).</summary>
    public const double BootMilliseconds = 1100.0;

    /// <summary>How long a step waits at most while awake (the next step handles a press).</summary>
    public const double AwakePollMilliseconds = 50.0;

    /// <summary>The frame push: 8 pages of (command prefix + 128 data bytes) with I2C framing, 9 bits a byte.</summary>
    public static double FramePushMilliseconds(int busKilohertz) => 8 * (6 + 131) * 9.0 / busKilohertz;

    public static double StepMilliseconds => StepNanoClrX64Milliseconds * Esp32Slowdown;

    public static double Awake(int busKilohertz) => AwakePollMilliseconds + StepMilliseconds + FramePushMilliseconds(busKilohertz);

    public static double Light(int busKilohertz) => LightWakeMilliseconds + StepMilliseconds + FramePushMilliseconds(busKilohertz);

    public static double Deep(int busKilohertz) => BootMilliseconds + StepMilliseconds + FramePushMilliseconds(busKilohertz);
}

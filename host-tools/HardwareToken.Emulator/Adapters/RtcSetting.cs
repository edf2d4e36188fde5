namespace HardwareToken.Emulator.Adapters;

/// <summary>
/// What the simulated RTC's battery keeps: where the clock stands relative to the host's UTC and whether its
/// oscillator runs. A halted clock reads <see cref="HaltedAtUnixSeconds"/> (and reports Halted) until written.
/// </summary>
/// <param name="OffsetMilliseconds">RTC time minus host UTC, in milliseconds (a running clock).</param>
/// <param name="Halted">True when the oscillator is stopped (a DS1307's CH bit, a DS3231's OSF flag).</param>
/// <param name="HaltedAtUnixSeconds">What a halted clock's registers hold.</param>
internal readonly record struct RtcSetting(long OffsetMilliseconds, bool Halted, long HaltedAtUnixSeconds)
{
    /// <summary>2000-01-01T00:00:00Z, what a DS1307/DS3231 holds after its battery was first connected.</summary>
    public const long ChipResetUnixSeconds = 946684800;

    /// <summary>A running clock <paramref name="offsetSeconds"/> away from host UTC.</summary>
    public static RtcSetting Running(long offsetSeconds) => new(offsetSeconds * 1000, false, ChipResetUnixSeconds);

    /// <summary>A clock that runs but was never set: it reads 2000-01-01T00:00:00Z when created at <paramref name="hostUnixMilliseconds"/>.</summary>
    public static RtcSetting NeverSet(long hostUnixMilliseconds) => new((ChipResetUnixSeconds * 1000) - hostUnixMilliseconds, false, ChipResetUnixSeconds);

    /// <summary>A clock whose oscillator is stopped at 2000-01-01T00:00:00Z.</summary>
    public static RtcSetting Stopped() => new(0, true, ChipResetUnixSeconds);
}

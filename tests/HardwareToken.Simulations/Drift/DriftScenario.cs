namespace HardwareToken.Simulations.Drift;

/// <summary>
/// One simulated token: an RTC chip whose crystal runs <see cref="DriftPartsPerBillion"/> fast (negative: slow)
/// against true time, optionally changing to <see cref="DriftAfterShiftPartsPerBillion"/> on day
/// <see cref="ShiftDay"/> (a room that gets colder, a season: what a crystal does and a trim cannot follow).
/// </summary>
public sealed class DriftScenario
{
    public DriftScenario(string key, string name, int driftPartsPerBillion)
        : this(key, name, driftPartsPerBillion, driftPartsPerBillion, int.MaxValue)
    {
    }

    public DriftScenario(string key, string name, int driftPartsPerBillion, int driftAfterShiftPartsPerBillion, int shiftDay)
    {
        Key = key;
        Name = name;
        DriftPartsPerBillion = driftPartsPerBillion;
        DriftAfterShiftPartsPerBillion = driftAfterShiftPartsPerBillion;
        ShiftDay = shiftDay;
    }

    /// <summary>A short identifier (file names, the plot's legend key).</summary>
    public string Key { get; }

    /// <summary>What the row is called in the table and the legend.</summary>
    public string Name { get; }

    /// <summary>The crystal's rate error until <see cref="ShiftDay"/>, in ppb (1 ppm = 1000 ppb).</summary>
    public int DriftPartsPerBillion { get; }

    /// <summary>The rate error from <see cref="ShiftDay"/> on.</summary>
    public int DriftAfterShiftPartsPerBillion { get; }

    /// <summary>The day the rate changes; <see cref="int.MaxValue"/> for a constant rate.</summary>
    public int ShiftDay { get; }

    /// <summary>True when the rate is constant for the whole run.</summary>
    public bool IsConstant => ShiftDay == int.MaxValue;

    /// <summary>The four constant-rate scenarios of docs/drift.md: DS1307 at ±20 ppm, DS3231 at ±2 ppm.</summary>
    public static DriftScenario[] Standard() => new[]
    {
        new DriftScenario("ds1307-fast", "DS1307 +20 ppm", 20000),
        new DriftScenario("ds1307-slow", "DS1307 -20 ppm", -20000),
        new DriftScenario("ds3231-fast", "DS3231 +2 ppm", 2000),
        new DriftScenario("ds3231-slow", "DS3231 -2 ppm", -2000),
    };

    /// <summary>
    /// What temperature does to the claim: the rate measured in the calibration week is not the rate after it.
    /// The shifts are assumptions inside the datasheet bands (docs/drift.md), not measurements.
    /// </summary>
    public static DriftScenario[] RateChanges() => new[]
    {
        new DriftScenario("ds1307-shift", "DS1307 +20 ppm, then +17 ppm from day 8", 20000, 17000, 8),
        new DriftScenario("ds3231-shift", "DS3231 +2 ppm, then -2 ppm from day 8", 2000, -2000, 8),
    };
}

namespace HardwareToken.Simulations.Drift;

/// <summary>What one simulated day showed: the worst clock error seen at any wake that day, with and without the trim.</summary>
public sealed class DriftDay
{
    /// <summary>Days since the first sync (day 0 starts with it).</summary>
    public int Day { get; init; }

    /// <summary>The largest |error| of the token's corrected time (the trim applied), in ms, signed as observed.</summary>
    public long WithTrimMilliseconds { get; init; }

    /// <summary>The same instant read without the trim: the raw RTC since the last sync, in ms, signed.</summary>
    public long WithoutTrimMilliseconds { get; init; }

    /// <summary>True when the code screen carried the clock warning at any wake that day.</summary>
    public bool Warning { get; init; }

    /// <summary>The token's own pessimistic error estimate at the day's last wake, in ms.</summary>
    public long EstimatedErrorMilliseconds { get; init; }
}

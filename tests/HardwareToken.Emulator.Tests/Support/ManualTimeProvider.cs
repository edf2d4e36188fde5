using System;

namespace HardwareToken.Emulator.Tests.Support;

/// <summary>A host clock the test moves by hand.</summary>
internal sealed class ManualTimeProvider(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public static ManualTimeProvider At(long unixSeconds) => new(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void AdvanceMilliseconds(long milliseconds) => _now += TimeSpan.FromMilliseconds(milliseconds);
}

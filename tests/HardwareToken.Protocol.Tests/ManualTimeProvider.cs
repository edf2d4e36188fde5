namespace HardwareToken.Protocol.Tests;

/// <summary>A clock that moves only when told: the fake token advances it while the session "waits".</summary>
internal sealed class ManualTimeProvider : TimeProvider
{
    private long _ticks = TimeSpan.FromHours(1).Ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _ticks;

    public long Milliseconds => _ticks / TimeSpan.TicksPerMillisecond;

    public void Advance(TimeSpan by)
    {
        if (by > TimeSpan.Zero)
        {
            _ticks += by.Ticks;
        }
    }
}

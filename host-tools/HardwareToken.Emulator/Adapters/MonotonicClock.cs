using System.Diagnostics;
using HardwareToken.Core.Ports;

namespace HardwareToken.Emulator.Adapters;

/// <summary>
/// <see cref="IMonotonicClock"/> over <see cref="Stopwatch"/>: milliseconds since the emulator started,
/// never decreasing, unrelated to wall time (like the ESP32's uptime counter).
/// </summary>
internal sealed class MonotonicClock : IMonotonicClock
{
    private readonly long _start = Stopwatch.GetTimestamp();

    /// <inheritdoc />
    public long Milliseconds => (long)Stopwatch.GetElapsedTime(_start).TotalMilliseconds;
}

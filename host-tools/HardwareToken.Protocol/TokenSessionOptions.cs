namespace HardwareToken.Protocol;

/// <summary>Timeouts and the clock of a <see cref="TokenSession"/> (docs/protocol.md §3, §8).</summary>
public sealed record TokenSessionOptions
{
    /// <summary>How long to wait for the first response to any request. Default 2 s.</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The least time to wait for the final response after AwaitingButton. Default 45 s, longer than the
    /// device's 30 s; the session waits at least the announced seconds plus <see cref="ConfirmGrace"/> anyway.
    /// </summary>
    public TimeSpan ConfirmTimeout { get; init; } = TimeSpan.FromSeconds(45);

    /// <summary>Margin added to the seconds the device announces. Default 10 s.</summary>
    public TimeSpan ConfirmGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// After a failed exchange, the line must be silent this long before the next request, so the device has
    /// dropped any partial frame (its inter-byte timeout is 1000 ms). Default 1100 ms.
    /// </summary>
    public TimeSpan QuietPeriod { get; init; } = TimeSpan.FromMilliseconds(1100);

    /// <summary>Give up waiting for a quiet line after this long. Default 5 s.</summary>
    public TimeSpan QuietLimit { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The clock for deadlines and the decoder's timestamps; tests pass a manual one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}

using System.Threading;
using HardwareToken.Core.Ports;

namespace HardwareToken.Emulator.Adapters;

/// <summary>
/// <see cref="IPower"/> for a desktop: the emulator cannot sleep, so <see cref="EnterDeepSleep"/> counts the
/// request and returns; the core then waits, display off, for the next press (the port contract's second case).
/// </summary>
internal sealed class EmulatorPower : IPower
{
    private int _sleeps;

    /// <summary>How many times the core asked for deep sleep (shown on the status line).</summary>
    public int SleepCount => Volatile.Read(ref _sleeps);

    /// <inheritdoc />
    public void EnterDeepSleep() => Interlocked.Increment(ref _sleeps);
}

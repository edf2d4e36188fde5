using System.Threading;
using HardwareToken.Core.Ports;

namespace HardwareToken.Emulator.Adapters;

/// <summary>
/// <see cref="IPower"/> for a desktop: the emulator cannot sleep. <see cref="LightSleep"/> returns
/// <see cref="WakeCause.None"/> at once and the core polls through the warm window: a key press or serial bytes
/// wake it as the button and the UART wake the chip (the bytes that woke it are lost, as on the ESP32).
/// <see cref="EnterDeepSleep"/> counts the request and returns; the core then waits, display off, for the next press
/// and drops serial bytes, as the deep-sleeping chip would.
/// </summary>
internal sealed class EmulatorPower : IPower
{
    private int _sleeps;

    /// <summary>How many times the core asked for deep sleep (shown on the status line).</summary>
    public int SleepCount => Volatile.Read(ref _sleeps);

    /// <inheritdoc />
    public WakeCause LightSleep(int maxMilliseconds) => WakeCause.None;

    /// <inheritdoc />
    public void EnterDeepSleep() => Interlocked.Increment(ref _sleeps);
}

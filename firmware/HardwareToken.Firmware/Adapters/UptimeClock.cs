using System;
using HardwareToken.Core.Ports;

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// <see cref="IMonotonicClock"/> on <c>System.Environment.TickCount64</c> (package nanoFramework.Runtime.Native).
    /// </summary>
    /// <remarks>
    /// Why not <c>DateTime.UtcNow</c>: it is wall time, and <see cref="Program"/> sets the system clock from the RTC at
    /// boot (and the core may set the RTC later), so it can jump. TickCount64 is the CLR's uptime, computed natively as
    /// <c>HAL_Time_CurrentTime() - startTime</c>, and HAL_Time_CurrentTime comes from the RTOS tick counter
    /// (nf-interpreter <c>src/HAL/nanoHAL_Time.cpp</c>), not from the settable system time.
    /// The ESP32 RTOS tick is 100 Hz, so the value moves in 10 ms steps (docs/firmware.md, UptimeClock).
    /// Should the tick source ever step back (a 32-bit RTOS tick wrap after about 497 days at 100 Hz; the token resets
    /// on every wake, so this is not expected), <see cref="ForwardOnlyCounter"/> keeps the port's contract: reads
    /// never decrease and a passed deadline stays passed. Thread-safe (the button stamps edges from the GPIO event
    /// thread).
    /// </remarks>
    public sealed class UptimeClock : IMonotonicClock
    {
        private readonly ForwardOnlyCounter _counter = new ForwardOnlyCounter();

        /// <inheritdoc />
        public long Milliseconds
        {
            get { return _counter.Next(Environment.TickCount64); }
        }
    }
}

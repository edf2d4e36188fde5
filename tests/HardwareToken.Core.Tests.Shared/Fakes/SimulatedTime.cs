using HardwareToken.Core.Ports;

namespace HardwareToken.Core.Tests.Fakes
{
    /// <summary>
    /// A hand-advanced world clock for tests: true UTC in milliseconds, and the token's uptime counter
    /// (<see cref="IMonotonicClock"/>) that runs with it from boot.
    /// </summary>
    public sealed class SimulatedTime : IMonotonicClock
    {
        private long _bootTrueMs;

        public SimulatedTime(long trueUnixMilliseconds)
        {
            TrueUnixMilliseconds = trueUnixMilliseconds;
            _bootTrueMs = trueUnixMilliseconds;
        }

        /// <summary>The real UTC, in Unix milliseconds.</summary>
        public long TrueUnixMilliseconds { get; private set; }

        /// <summary>Milliseconds since the simulated boot.</summary>
        public long Milliseconds
        {
            get { return TrueUnixMilliseconds - _bootTrueMs; }
        }

        public void Advance(long milliseconds)
        {
            TrueUnixMilliseconds += milliseconds;
        }

        /// <summary>True time passes but the uptime counter does not (the ESP32's RTOS tick during a light sleep).</summary>
        public void AdvanceWithUptimeStopped(long milliseconds)
        {
            TrueUnixMilliseconds += milliseconds;
            _bootTrueMs += milliseconds;
        }

        /// <summary>A reboot restarts the uptime counter; true time goes on.</summary>
        public void Reboot()
        {
            _bootTrueMs = TrueUnixMilliseconds;
        }
    }

    /// <summary>
    /// An RTC that keeps whole seconds and runs <see cref="DriftPartsPerBillion"/> fast (or slow) against
    /// <see cref="SimulatedTime"/>, like a real crystal. Writing the seconds restarts its divider, as on the
    /// DS1307/DS3231. It can be halted, made unreadable, or made to refuse writes.
    /// </summary>
    public sealed class DriftingRtc : IRealTimeClock
    {
        private readonly SimulatedTime _time;
        private long _baseRtcMs;
        private long _baseTrueMs;

        public DriftingRtc(SimulatedTime time, long initialUnixSeconds, int driftPartsPerBillion)
        {
            _time = time;
            DriftPartsPerBillion = driftPartsPerBillion;
            _baseRtcMs = initialUnixSeconds * 1000;
            _baseTrueMs = time.TrueUnixMilliseconds;
        }

        public int DriftPartsPerBillion;
        public bool Halted;
        public bool Unreadable;
        public bool RefuseWrites;
        public int Writes;

        /// <summary>The RTC's own time in milliseconds (what its seconds register is counting).</summary>
        public long RtcMilliseconds
        {
            get
            {
                long elapsed = _time.TrueUnixMilliseconds - _baseTrueMs;
                return _baseRtcMs + elapsed + (elapsed * DriftPartsPerBillion / 1000000000);
            }
        }

        public RtcStatus Read(out long unixSeconds)
        {
            unixSeconds = 0;
            if (Unreadable)
            {
                return RtcStatus.Unreadable;
            }

            if (Halted)
            {
                return RtcStatus.Halted;
            }

            unixSeconds = RtcMilliseconds / 1000;
            return RtcStatus.Ok;
        }

        public bool Write(long unixSeconds)
        {
            if (RefuseWrites || Unreadable)
            {
                return false;
            }

            Writes++;
            Halted = false;
            _baseRtcMs = unixSeconds * 1000;
            _baseTrueMs = _time.TrueUnixMilliseconds;
            return true;
        }

        /// <summary>Sets the RTC behind the token's back (a user with another tool, or a test).</summary>
        public void Force(long unixMilliseconds)
        {
            _baseRtcMs = unixMilliseconds;
            _baseTrueMs = _time.TrueUnixMilliseconds;
        }
    }
}

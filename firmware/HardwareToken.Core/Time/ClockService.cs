using HardwareToken.Core.Ports;

namespace HardwareToken.Core.Time
{
    /// <summary>
    /// The token's notion of UTC: the RTC's reading, plus the offset recorded at the last sync, corrected by the
    /// drift trim, to the millisecond.
    /// </summary>
    /// <remarks>
    /// <para>The RTC counts whole seconds. Polled every few tens of milliseconds, the service notes the uptime at
    /// which the seconds register changes, so it knows where each second starts and can tell the time to about
    /// the poll interval. That precision is what makes a one-week drift measurement good to a fraction of a ppm.</para>
    /// <para>A sync (<see cref="BeginSync"/>, then <see cref="TickSync"/> until it finishes) waits until the RTC's
    /// second phase is known, measures the corrected device time against the host's, recalibrates the trim, and
    /// records the new offset between UTC and the RTC's reading. A running RTC is never written: the whole sync
    /// is then the caller's one atomic storage write, so a power cut leaves either the old calibration or the
    /// new one. Only an RTC that is stopped or was never set is written, at the host's next whole second (which
    /// restarts the chip's divider chain so its seconds start where UTC's do), and only after
    /// <see cref="ForgetAnchor"/> has been persisted: a cut before the write leaves a stopped clock (the token
    /// asks for the time again), a cut after it leaves an RTC on UTC with no offset.</para>
    /// </remarks>
    public sealed class ClockService
    {
        private const int PhaseWaitMilliseconds = 1200;

        private readonly IRealTimeClock _rtc;
        private readonly long _firmwareBuildUnixSeconds;

        private ClockState _state = ClockState.Unreadable;
        private long _rawSeconds;
        private long _lastPollUptime = -1;
        private long _tickUptime;
        private bool _phaseKnown;

        private bool _syncing;
        private bool _syncMeasured;
        private long _syncHostUnixMs;
        private long _syncHostUptime;
        private long _syncStartUptime;
        private long _syncWriteSecond;
        private long _syncWriteDueUptime;

        public ClockService(IRealTimeClock rtc, long firmwareBuildUnixSeconds)
        {
            _rtc = rtc;
            _firmwareBuildUnixSeconds = firmwareBuildUnixSeconds;
        }

        /// <summary>The UTC second of the last completed sync; 0 = never synced.</summary>
        public long LastSyncUnixSeconds { get; private set; }

        /// <summary>The sync before the last one; 0 = none.</summary>
        public long PreviousSyncUnixSeconds { get; private set; }

        /// <summary>The drift trim in parts per billion (positive: the RTC runs fast).</summary>
        public int DriftPartsPerBillion { get; private set; }

        /// <summary>UTC minus the RTC's reading at the last sync, in milliseconds.</summary>
        public long RtcOffsetMilliseconds { get; private set; }

        /// <summary>Completed syncs.</summary>
        public int SyncCount { get; private set; }

        /// <summary>The state found by the last <see cref="Poll"/>.</summary>
        public ClockState State
        {
            get { return _state; }
        }

        /// <summary>True while a sync is being carried out.</summary>
        public bool SyncInProgress
        {
            get { return _syncing; }
        }

        /// <summary>What the last completed sync did to the trim.</summary>
        public CalibrationOutcome LastOutcome { get; private set; }

        /// <summary>False when the last sync's RTC write failed.</summary>
        public bool LastSyncWritten { get; private set; }

        /// <summary>Restores the calibration kept in storage.</summary>
        public void RestoreCalibration(long lastSyncUnixSeconds, long previousSyncUnixSeconds, int driftPartsPerBillion, int syncCount, long rtcOffsetMilliseconds)
        {
            RtcOffsetMilliseconds = rtcOffsetMilliseconds;
            LastSyncUnixSeconds = lastSyncUnixSeconds;
            PreviousSyncUnixSeconds = previousSyncUnixSeconds;
            DriftPartsPerBillion = driftPartsPerBillion > DriftTrim.MaxDriftPartsPerBillion || driftPartsPerBillion < -DriftTrim.MaxDriftPartsPerBillion ? 0 : driftPartsPerBillion;
            SyncCount = syncCount;
        }

        /// <summary>Reads the RTC and tracks where its seconds begin. Call every 50 ms or more often while awake.</summary>
        public ClockState Poll(long uptimeMilliseconds)
        {
            long raw;
            RtcStatus status = _rtc.Read(out raw);
            if (status == RtcStatus.Halted)
            {
                _state = ClockState.Halted;
                _phaseKnown = false;
            }
            else if (status != RtcStatus.Ok)
            {
                _state = ClockState.Unreadable;
                _phaseKnown = false;
            }
            else if ((raw * 1000) + RtcOffsetMilliseconds < _firmwareBuildUnixSeconds * 1000)
            {
                _state = ClockState.NotSet;
                _phaseKnown = false;
            }
            else
            {
                if (_state == ClockState.Ok && _lastPollUptime >= 0)
                {
                    if (raw == _rawSeconds + 1)
                    {
                        _tickUptime = uptimeMilliseconds;
                        _phaseKnown = true;
                    }
                    else if (raw != _rawSeconds)
                    {
                        _phaseKnown = false;
                    }
                }

                _state = ClockState.Ok;
                _rawSeconds = raw;
            }

            _lastPollUptime = uptimeMilliseconds;
            return _state;
        }

        /// <summary>
        /// The uptime may not have counted continuously since the last poll (the chip light-slept, and the ESP32's
        /// RTOS tick does not count through a light sleep): forget where the RTC's second begins until the next
        /// tick is seen, instead of taking a change of second across the gap for a tick.
        /// </summary>
        public void ForgetPhase()
        {
            _phaseKnown = false;
            _lastPollUptime = -1;
        }

        /// <summary>The corrected UTC in Unix milliseconds (meaningful only when <see cref="State"/> is Ok).</summary>
        public long NowUnixMilliseconds(long uptimeMilliseconds)
        {
            return DriftTrim.Apply(RawMilliseconds(uptimeMilliseconds) + RtcOffsetMilliseconds, LastSyncUnixSeconds * 1000, DriftPartsPerBillion);
        }

        /// <summary>The corrected UTC in whole Unix seconds.</summary>
        public long NowUnixSeconds(long uptimeMilliseconds)
        {
            return NowUnixMilliseconds(uptimeMilliseconds) / 1000;
        }

        /// <summary>The pessimistic error estimate (see <see cref="DriftTrim.EstimatedErrorMilliseconds"/>).</summary>
        public long EstimatedErrorMilliseconds(long uptimeMilliseconds)
        {
            long interval = PreviousSyncUnixSeconds > 0 && SyncCount > 1 ? (LastSyncUnixSeconds - PreviousSyncUnixSeconds) * 1000 : 0;
            return DriftTrim.EstimatedErrorMilliseconds(NowUnixMilliseconds(uptimeMilliseconds), LastSyncUnixSeconds * 1000, interval);
        }

        /// <summary>
        /// True when the code screen should carry the clock mark: never synced, or the estimated error has
        /// reached a third of a 30-second step.
        /// </summary>
        public bool NeedsSyncWarning(long uptimeMilliseconds)
        {
            return EstimatedErrorMilliseconds(uptimeMilliseconds) >= 10000;
        }

        /// <summary>Starts a sync to the host's UTC, which was <paramref name="hostUnixMilliseconds"/> at <paramref name="uptimeMilliseconds"/>.</summary>
        public void BeginSync(long hostUnixMilliseconds, long uptimeMilliseconds)
        {
            _syncing = true;
            _syncMeasured = false;
            _syncHostUnixMs = hostUnixMilliseconds;
            _syncHostUptime = uptimeMilliseconds;
            _syncStartUptime = uptimeMilliseconds;
        }

        /// <summary>
        /// Drops the offset and the trim's anchor (the drift itself is a property of the crystal and stays). Call
        /// when the RTC is found stopped or unset, and persist the result before any sync writes the chip.
        /// Returns true when something changed.
        /// </summary>
        public bool ForgetAnchor()
        {
            if (LastSyncUnixSeconds == 0 && RtcOffsetMilliseconds == 0)
            {
                return false;
            }

            PreviousSyncUnixSeconds = 0;
            LastSyncUnixSeconds = 0;
            RtcOffsetMilliseconds = 0;
            return true;
        }

        /// <summary>Advances a sync; returns the milliseconds until it wants the next call (0 when it finished).</summary>
        public int TickSync(long uptimeMilliseconds)
        {
            if (!_syncing)
            {
                return 0;
            }

            Poll(uptimeMilliseconds);
            long host = _syncHostUnixMs + (uptimeMilliseconds - _syncHostUptime);
            if (!_syncMeasured)
            {
                if (_state == ClockState.Ok && !_phaseKnown && uptimeMilliseconds - _syncStartUptime < PhaseWaitMilliseconds)
                {
                    return 20;
                }

                if (_state == ClockState.Ok)
                {
                    // A running RTC is left alone: the sync is a new offset (and maybe a new trim), nothing else.
                    int newDrift = DriftPartsPerBillion;
                    LastOutcome = LastSyncUnixSeconds > 0
                        ? DriftTrim.Recalibrate(host, NowUnixMilliseconds(uptimeMilliseconds), LastSyncUnixSeconds * 1000, DriftPartsPerBillion, out newDrift)
                        : CalibrationOutcome.NoBaseline;
                    long rtcMilliseconds = RawMilliseconds(uptimeMilliseconds);
                    PreviousSyncUnixSeconds = LastSyncUnixSeconds;
                    LastSyncUnixSeconds = host / 1000;
                    RtcOffsetMilliseconds = host - rtcMilliseconds;
                    if (LastOutcome == CalibrationOutcome.Updated)
                    {
                        DriftPartsPerBillion = newDrift;
                    }

                    SyncCount++;
                    LastSyncWritten = true;
                    _syncing = false;
                    return 0;
                }

                if (_state == ClockState.Unreadable)
                {
                    LastOutcome = CalibrationOutcome.NoBaseline;
                    LastSyncWritten = false;
                    _syncing = false;
                    return 0;
                }

                // Stopped or never set: the chip itself must be written, on the host's next whole second.
                LastOutcome = CalibrationOutcome.NoBaseline;
                _syncWriteSecond = (host / 1000) + 1;
                _syncWriteDueUptime = uptimeMilliseconds + ((_syncWriteSecond * 1000) - host);
                _syncMeasured = true;
            }

            if (uptimeMilliseconds < _syncWriteDueUptime)
            {
                long wait = _syncWriteDueUptime - uptimeMilliseconds;
                return wait > 50 ? 50 : (int)wait;
            }

            // Late by (uptime - due): write the second that is current now.
            long second = _syncWriteSecond + ((uptimeMilliseconds - _syncWriteDueUptime) / 1000);
            LastSyncWritten = _rtc.Write(second);
            if (LastSyncWritten)
            {
                PreviousSyncUnixSeconds = LastSyncUnixSeconds;
                LastSyncUnixSeconds = second;
                RtcOffsetMilliseconds = 0;
                SyncCount++;
                _state = ClockState.Ok;
                _rawSeconds = second;
                _tickUptime = uptimeMilliseconds - ((uptimeMilliseconds - _syncWriteDueUptime) % 1000);
                _phaseKnown = true;
                _lastPollUptime = uptimeMilliseconds;
            }

            _syncing = false;
            return 0;
        }

        /// <summary>The RTC's own reading in milliseconds (its seconds plus the tracked phase).</summary>
        private long RawMilliseconds(long uptimeMilliseconds)
        {
            long fraction = 500;
            if (_phaseKnown)
            {
                fraction = uptimeMilliseconds - _tickUptime;
                if (fraction < 0)
                {
                    fraction = 0;
                }
                else if (fraction > 999)
                {
                    fraction = 999;
                }
            }

            return (_rawSeconds * 1000) + fraction;
        }
    }
}

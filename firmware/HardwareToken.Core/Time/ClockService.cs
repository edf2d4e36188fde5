using HardwareToken.Core.Ports;

namespace HardwareToken.Core.Time
{
    /// <summary>
    /// The token's notion of UTC: the RTC, corrected by the drift trim, to the millisecond.
    /// </summary>
    /// <remarks>
    /// <para>The RTC counts whole seconds. Polled every few tens of milliseconds, the service notes the uptime at
    /// which the seconds register changes, so it knows where each second starts and can tell the time to
    /// about the poll interval. That precision is what makes a one-week drift measurement good to a fraction of
    /// a ppm.</para>
    /// <para>A sync (<see cref="BeginSync"/>) runs in steps driven by <see cref="TickSync"/>: wait until the
    /// RTC's second phase is known, measure the corrected device time against the host's, recalibrate the trim,
    /// then write the new time exactly at the host's next whole second (writing the seconds register restarts
    /// the RTC's divider chain, so the RTC's seconds then start where UTC's do).</para>
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
        private int _syncNewDrift;

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
        public void RestoreCalibration(long lastSyncUnixSeconds, long previousSyncUnixSeconds, int driftPartsPerBillion, int syncCount)
        {
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
            else if (raw < _firmwareBuildUnixSeconds)
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

        /// <summary>The corrected UTC in Unix milliseconds (meaningful only when <see cref="State"/> is Ok).</summary>
        public long NowUnixMilliseconds(long uptimeMilliseconds)
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

            return DriftTrim.Apply((_rawSeconds * 1000) + fraction, LastSyncUnixSeconds * 1000, DriftPartsPerBillion);
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

                _syncNewDrift = DriftPartsPerBillion;
                if (_state == ClockState.Ok && LastSyncUnixSeconds > 0)
                {
                    LastOutcome = DriftTrim.Recalibrate(host, NowUnixMilliseconds(uptimeMilliseconds), LastSyncUnixSeconds * 1000, DriftPartsPerBillion, out _syncNewDrift);
                }
                else
                {
                    LastOutcome = CalibrationOutcome.NoBaseline;
                }

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
                // The RTC now starts afresh from this second: it becomes the trim's anchor. Only a measured
                // residual changes the trim; a first sync, a too-short interval or a stopped clock keep it.
                PreviousSyncUnixSeconds = LastSyncUnixSeconds;
                LastSyncUnixSeconds = second;
                if (LastOutcome == CalibrationOutcome.Updated)
                {
                    DriftPartsPerBillion = _syncNewDrift;
                }

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
    }
}

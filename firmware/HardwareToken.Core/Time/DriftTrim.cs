namespace HardwareToken.Core.Time
{
    /// <summary>
    /// The drift trim: how fast the RTC runs, measured from successive host syncs, and its correction.
    /// Pure integer arithmetic in milliseconds and parts per billion (ppb; 1 ppm = 1000 ppb).
    /// </summary>
    /// <remarks>
    /// <para>A positive drift means the RTC runs fast. Between syncs the corrected time is
    /// <c>raw - drift * (raw - anchor) / 10^9</c>, where the anchor is the last sync.</para>
    /// <para>At a sync the host's UTC is compared with the corrected device time: the remaining offset divided
    /// by the time since the previous sync is the residual drift, added to the trim. The token measures both
    /// times to about ±50 ms (it knows where the RTC's second starts), so a sync interval of one day gives the
    /// trim to better than 1 ppm; shorter intervals are ignored, and a result beyond ±200 ppm is refused as
    /// implausible (a crystal that bad, or a clock that was set in between, not drift).</para>
    /// </remarks>
    public static class DriftTrim
    {
        /// <summary>Parts per billion in one.</summary>
        public const long PartsPerBillion = 1000000000;

        /// <summary>The largest trim accepted, in ppb (±200 ppm).</summary>
        public const int MaxDriftPartsPerBillion = 200000;

        /// <summary>Syncs closer together than this do not recalibrate (one day).</summary>
        public const long MinCalibrationIntervalMilliseconds = 86400000;

        /// <summary>The corrected time for a raw RTC time, both in Unix milliseconds.</summary>
        public static long Apply(long rawUnixMilliseconds, long anchorUnixMilliseconds, int driftPartsPerBillion)
        {
            if (driftPartsPerBillion == 0 || anchorUnixMilliseconds <= 0)
            {
                return rawUnixMilliseconds;
            }

            long elapsed = rawUnixMilliseconds - anchorUnixMilliseconds;
            return rawUnixMilliseconds - (elapsed * driftPartsPerBillion / PartsPerBillion);
        }

        /// <summary>
        /// Recalibrates at a sync. <paramref name="deviceUnixMilliseconds"/> is the corrected device time at the
        /// moment the host's time was <paramref name="hostUnixMilliseconds"/>.
        /// </summary>
        public static CalibrationOutcome Recalibrate(
            long hostUnixMilliseconds,
            long deviceUnixMilliseconds,
            long previousSyncUnixMilliseconds,
            int currentDriftPartsPerBillion,
            out int newDriftPartsPerBillion)
        {
            newDriftPartsPerBillion = currentDriftPartsPerBillion;
            if (previousSyncUnixMilliseconds <= 0)
            {
                return CalibrationOutcome.NoBaseline;
            }

            long interval = hostUnixMilliseconds - previousSyncUnixMilliseconds;
            if (interval < MinCalibrationIntervalMilliseconds)
            {
                return CalibrationOutcome.IntervalTooShort;
            }

            long offset = deviceUnixMilliseconds - hostUnixMilliseconds;
            long residual = offset * PartsPerBillion / interval;
            long candidate = currentDriftPartsPerBillion + residual;
            if (candidate > MaxDriftPartsPerBillion || candidate < -MaxDriftPartsPerBillion)
            {
                return CalibrationOutcome.Implausible;
            }

            newDriftPartsPerBillion = (int)candidate;
            return CalibrationOutcome.Updated;
        }

        /// <summary>
        /// A pessimistic estimate of the clock's error, in milliseconds, at <paramref name="nowUnixMilliseconds"/>:
        /// the error left at the last sync plus the uncertainty of the trim times the time since. Without a
        /// measured trim the RTC is assumed as bad as a DS1307 (20 ppm).
        /// </summary>
        public static long EstimatedErrorMilliseconds(long nowUnixMilliseconds, long lastSyncUnixMilliseconds, long calibrationIntervalMilliseconds)
        {
            if (lastSyncUnixMilliseconds <= 0)
            {
                return long.MaxValue;
            }

            long age = nowUnixMilliseconds - lastSyncUnixMilliseconds;
            if (age < 0)
            {
                age = -age;
            }

            long uncertaintyPpb = 20000;
            if (calibrationIntervalMilliseconds >= MinCalibrationIntervalMilliseconds)
            {
                // ±100 ms of measurement over the interval, plus 3 ppm for what a trim cannot see: temperature (a DS3231 is
                // only ±2 ppm over 0..40 °C, a DS1307 crystal worse) and ageing. docs/drift.md §4.
                uncertaintyPpb = (100 * PartsPerBillion / calibrationIntervalMilliseconds) + 3000;
            }

            return 100 + (age / 1000 * uncertaintyPpb / 1000000);
        }
    }

    /// <summary>What a sync did to the drift trim.</summary>
    public enum CalibrationOutcome
    {
        /// <summary>The first sync: nothing to compare with yet.</summary>
        NoBaseline = 0,

        /// <summary>The trim was updated.</summary>
        Updated = 1,

        /// <summary>Too little time since the previous sync to measure drift; the trim is unchanged.</summary>
        IntervalTooShort = 2,

        /// <summary>The measured drift exceeds ±200 ppm; the trim is unchanged.</summary>
        Implausible = 3,
    }
}

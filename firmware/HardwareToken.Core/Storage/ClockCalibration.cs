namespace HardwareToken.Core.Storage
{
    /// <summary>
    /// What the token remembers about setting its clock, persisted with the accounts by <see cref="StateStore"/>.
    /// This class only holds the fields; the drift arithmetic lives with the clock code.
    /// </summary>
    public sealed class ClockCalibration
    {
        /// <summary>Unix seconds of the last time sync from the host; 0 means never synced.</summary>
        public long LastSyncUnixSeconds { get; set; }

        /// <summary>Unix seconds of the sync before the last one; 0 if there was none.</summary>
        public long PreviousSyncUnixSeconds { get; set; }

        /// <summary>Signed drift trim, in parts per billion (positive: the RTC runs fast and its time is held back).</summary>
        public int DriftPartsPerBillion { get; set; }

        /// <summary>
        /// UTC minus the RTC's own reading at the last sync, in milliseconds. A sync of a running RTC records this
        /// offset instead of writing the chip, so the whole sync is one atomic storage write. 0 when the RTC
        /// itself was set to UTC.
        /// </summary>
        public long RtcOffsetMilliseconds { get; set; }

        /// <summary>How many syncs have been recorded.</summary>
        public int SyncCount { get; set; }

        /// <summary>True once a sync has been recorded.</summary>
        public bool HasSynced
        {
            get { return LastSyncUnixSeconds != 0; }
        }

        /// <summary>Back to "never synced": every field 0.</summary>
        public void Reset()
        {
            LastSyncUnixSeconds = 0;
            PreviousSyncUnixSeconds = 0;
            DriftPartsPerBillion = 0;
            RtcOffsetMilliseconds = 0;
            SyncCount = 0;
        }

        /// <summary>Copies every field from <paramref name="other"/>.</summary>
        public void CopyFrom(ClockCalibration other)
        {
            LastSyncUnixSeconds = other.LastSyncUnixSeconds;
            PreviousSyncUnixSeconds = other.PreviousSyncUnixSeconds;
            DriftPartsPerBillion = other.DriftPartsPerBillion;
            RtcOffsetMilliseconds = other.RtcOffsetMilliseconds;
            SyncCount = other.SyncCount;
        }
    }
}

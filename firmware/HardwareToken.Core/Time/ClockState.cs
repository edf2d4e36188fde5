namespace HardwareToken.Core.Time
{
    /// <summary>Whether the token may show codes.</summary>
    public enum ClockState
    {
        /// <summary>The RTC runs and reads a plausible time.</summary>
        Ok = 0,

        /// <summary>The RTC's oscillator stopped (battery lost): the time is meaningless.</summary>
        Halted = 1,

        /// <summary>The RTC does not answer.</summary>
        Unreadable = 2,

        /// <summary>The RTC reads a time before this firmware was built: it was never set.</summary>
        NotSet = 3,
    }
}

namespace HardwareToken.Core.Ports
{
    /// <summary>
    /// The battery-backed real-time clock (DS1307 or DS3231). It keeps UTC and nothing else: there are no
    /// time zones anywhere in the token.
    /// </summary>
    /// <remarks>
    /// Contract:
    /// <list type="bullet">
    /// <item><see cref="Read"/> never throws. It reports <see cref="RtcStatus.Halted"/> when the chip says its
    /// oscillator stopped (DS1307 CH bit, DS3231 OSF flag) or was never started, and
    /// <see cref="RtcStatus.Unreadable"/> when the bus transfer failed. Only <see cref="RtcStatus.Ok"/>
    /// comes with a meaningful <c>unixSeconds</c>.</item>
    /// <item><see cref="Write"/> sets the time and starts the oscillator; it returns false when the write did
    /// not complete. The chip keeps whole seconds, so a write truncates to the second.</item>
    /// <item>The core never assumes the RTC is right: the clock service applies the drift trim and
    /// rejects years before the firmware was built.</item>
    /// </list>
    /// </remarks>
    public interface IRealTimeClock
    {
        /// <summary>Reads the current UTC time in Unix seconds.</summary>
        RtcStatus Read(out long unixSeconds);

        /// <summary>Sets the RTC to <paramref name="unixSeconds"/> (UTC) and starts its oscillator.</summary>
        bool Write(long unixSeconds);
    }

    /// <summary>What a read of the real-time clock found.</summary>
    public enum RtcStatus
    {
        /// <summary>The time was read and the oscillator has been running.</summary>
        Ok = 0,

        /// <summary>The oscillator was halted (battery lost, never set): the time is meaningless.</summary>
        Halted = 1,

        /// <summary>The chip did not answer or the transfer failed.</summary>
        Unreadable = 2,
    }
}

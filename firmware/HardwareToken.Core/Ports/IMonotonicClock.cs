namespace HardwareToken.Core.Ports
{
    /// <summary>
    /// A millisecond counter that starts at boot and never goes backwards (not wall time).
    /// </summary>
    /// <remarks>
    /// Contract: consecutive reads never decrease; the value is unrelated to the RTC and is used only for
    /// durations: debounce, long press, display timeout, confirmation countdown, frame reassembly timeout.
    /// A deadline computed from it stays passed once passed.
    /// </remarks>
    public interface IMonotonicClock
    {
        /// <summary>Milliseconds since boot.</summary>
        long Milliseconds { get; }
    }
}

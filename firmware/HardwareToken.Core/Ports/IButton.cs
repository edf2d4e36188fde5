namespace HardwareToken.Core.Ports
{
    /// <summary>
    /// The token's single push button.
    /// </summary>
    /// <remarks>
    /// Contract: the adapter debounces the contact and queues one <see cref="ButtonEdge"/> per clean press
    /// and per clean release, each stamped with <see cref="IMonotonicClock.Milliseconds"/> at the moment the
    /// edge happened (not when it was taken). Edges come out in order and alternate press/release. The queue
    /// holds at least 8 edges; when it overflows the oldest are dropped. <see cref="TryTake"/> never blocks.
    /// A press that woke the token from deep sleep is reported as a press at boot.
    /// </remarks>
    public interface IButton
    {
        /// <summary>Takes the oldest queued edge; false when none is waiting.</summary>
        bool TryTake(out ButtonEdge edge);
    }

    /// <summary>One debounced change of the button.</summary>
    public struct ButtonEdge
    {
        /// <summary>True for a press, false for a release.</summary>
        public bool Pressed;

        /// <summary>When it happened, on the <see cref="IMonotonicClock"/> time base.</summary>
        public long AtMilliseconds;

        public ButtonEdge(bool pressed, long atMilliseconds)
        {
            Pressed = pressed;
            AtMilliseconds = atMilliseconds;
        }
    }
}

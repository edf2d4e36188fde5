namespace HardwareToken.Core.Input
{
    /// <summary>
    /// Detects a button edge the GPIO driver lost, by comparing the pin level with the state the edge queue
    /// believes in. Plain C#, no allocation; one instance per button, polled from one thread.
    /// </summary>
    /// <remarks>
    /// <para>Why: the ESP32's native debounce (nf-interpreter <c>targets/ESP32/_nanoCLR/System.Device.Gpio/cpu_gpio.cpp</c>,
    /// <c>gpio_isr</c> and <c>Esp_Gpio_DebounceHandler</c>) ignores every interrupt while a debounce timer is pending and
    /// reports the change only if the pin, sampled once when the timer fires, equals the level it expected from its
    /// last report. A change that completes inside that window, or between the sample and the end of the window,
    /// produces no event, and the queue then believes the button is held (or released) forever: no display timeout,
    /// a phantom long press.</para>
    /// <para>Rule: when two polls at least <see cref="MinimumDisagreementMilliseconds"/> apart both find the pin
    /// disagreeing with the queue (and no poll in between agreed, and the disagreement is in the same direction),
    /// the edge is missing: <see cref="Poll"/> returns true and the caller queues an edge to the pin's level stamped
    /// <see cref="MissingEdgeAt"/>, the first poll that saw it. The 20 ms equal the debounce interval, so a bounce
    /// or an edge still in the driver's debounce window is not taken for a lost one; an edge that the driver reports
    /// later anyway repeats the queue's state and is dropped by the queue.</para>
    /// </remarks>
    public sealed class EdgeReconciler
    {
        /// <summary>Minimum time between the two disagreeing polls: the driver's debounce interval.</summary>
        public const int MinimumDisagreementMilliseconds = 20;

        private bool _disagreeing;
        private bool _disagreeingLevel;
        private long _since;
        private long _missingEdgeAt;

        /// <summary>When the missing edge reported by the last true <see cref="Poll"/> was first seen.</summary>
        public long MissingEdgeAt
        {
            get { return _missingEdgeAt; }
        }

        /// <summary>
        /// One poll: <paramref name="queueBelievesPressed"/> is the state after the newest edge queued so far,
        /// <paramref name="pinPressed"/> the level read now. True when an edge to <paramref name="pinPressed"/> is
        /// missing and must be queued (at <see cref="MissingEdgeAt"/>).
        /// </summary>
        public bool Poll(bool queueBelievesPressed, bool pinPressed, long nowMilliseconds)
        {
            if (pinPressed == queueBelievesPressed)
            {
                _disagreeing = false;
                return false;
            }

            if (!_disagreeing || _disagreeingLevel != pinPressed)
            {
                _disagreeing = true;
                _disagreeingLevel = pinPressed;
                _since = nowMilliseconds;
                return false;
            }

            if (nowMilliseconds - _since < MinimumDisagreementMilliseconds)
            {
                return false;
            }

            _disagreeing = false;
            _missingEdgeAt = _since;
            return true;
        }
    }
}

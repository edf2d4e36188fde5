using HardwareToken.Core.Ports;

namespace HardwareToken.Core.App
{
    /// <summary>
    /// Turns debounced button edges into gestures: a short press on release, a long press as soon as the button
    /// has been held long enough (so the user gets feedback without letting go). The release that ends a long
    /// press, and a press that woke the token, produce nothing.
    /// </summary>
    public sealed class GestureDetector
    {
        private readonly int _longPressMilliseconds;
        private bool _down;
        private bool _swallow;
        private long _downAt;

        public GestureDetector(int longPressMilliseconds)
        {
            _longPressMilliseconds = longPressMilliseconds;
        }

        /// <summary>When the press behind the last reported gesture began (uptime ms).</summary>
        public long LastPressStartedAt { get; private set; }

        /// <summary>True while the button is held.</summary>
        public bool IsDown
        {
            get { return _down; }
        }

        /// <summary>Feeds one edge; returns the gesture it completes, if any.</summary>
        public Gesture OnEdge(ButtonEdge edge)
        {
            if (edge.Pressed)
            {
                _down = true;
                _downAt = edge.AtMilliseconds;
                return Gesture.None;
            }

            if (!_down)
            {
                return Gesture.None;
            }

            _down = false;
            if (_swallow)
            {
                _swallow = false;
                return Gesture.None;
            }

            LastPressStartedAt = _downAt;
            return edge.AtMilliseconds - _downAt >= _longPressMilliseconds ? Gesture.LongPress : Gesture.ShortPress;
        }

        /// <summary>Reports a long press once the button has been held long enough.</summary>
        public Gesture Poll(long nowMilliseconds)
        {
            if (_down && !_swallow && nowMilliseconds - _downAt >= _longPressMilliseconds)
            {
                _swallow = true;
                LastPressStartedAt = _downAt;
                return Gesture.LongPress;
            }

            return Gesture.None;
        }

        /// <summary>The press in progress has been used (it woke the token): its release produces nothing.</summary>
        public void ConsumeCurrentPress()
        {
            if (_down)
            {
                _swallow = true;
            }
        }
    }
}

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// Turns a millisecond tick source that might step backwards into one that never does: after a step back it
    /// keeps counting forward from the last value it returned. Plain C# (tested on the desktop); thread-safe.
    /// </summary>
    public sealed class ForwardOnlyCounter
    {
        private readonly object _sync = new object();
        private long _offset;
        private long _last;
        private bool _started;

        /// <summary>Maps a raw reading to the forward-only time line and returns it.</summary>
        public long Next(long raw)
        {
            lock (_sync)
            {
                long now = raw + _offset;
                if (_started && now < _last)
                {
                    _offset += _last - now;
                    now = _last;
                }

                _started = true;
                _last = now;
                return now;
            }
        }
    }
}

using HardwareToken.Core.Input;
using HardwareToken.Core.Ports;

namespace HardwareToken.Firmware.Adapters
{
    /// <summary>
    /// The button adapter's edge queue: a fixed ring of <see cref="Capacity"/> edges, filled from the GPIO event
    /// thread and emptied by the main loop. Plain C# with no nanoFramework types, so the desktop tests compile it.
    /// </summary>
    /// <remarks>
    /// Contract (the <see cref="IButton"/> port's): edges come out oldest first and alternate press/release, the
    /// first one after start being a press. <see cref="Add"/> ignores an edge that does not change the state (a
    /// bounce reported twice, a release with no press before it). When full, the oldest two edges (one press and one
    /// release) are dropped, which keeps the alternation. No allocation after construction; thread-safe.
    /// <see cref="Reconcile"/> adds an edge the GPIO driver lost, from the pin level (core <see cref="EdgeReconciler"/>).
    /// </remarks>
    public sealed class EdgeQueue
    {
        /// <summary>Capacity in edges: even, and at least the 8 the port requires.</summary>
        public const int Capacity = 16;

        private readonly object _sync = new object();
        private readonly EdgeReconciler _reconciler = new EdgeReconciler();
        private readonly bool[] _pressed = new bool[Capacity];
        private readonly long[] _at = new long[Capacity];
        private int _oldest;
        private int _count;
        private bool _newestIsPress;
        private long _newestAt;

        /// <summary>Number of queued edges.</summary>
        public int Count
        {
            get
            {
                lock (_sync)
                {
                    return _count;
                }
            }
        }

        /// <summary>Queues an edge unless it repeats the current state; returns whether it was queued.</summary>
        public bool Add(bool pressed, long atMilliseconds)
        {
            lock (_sync)
            {
                return AddLocked(pressed, atMilliseconds);
            }
        }

        /// <summary>
        /// Compares the pin level with the state the queue believes in and queues the edge the driver lost when
        /// two such polls at least 20 ms apart disagree (<see cref="EdgeReconciler"/>); returns whether one was added.
        /// Call from the one thread that polls (the main loop, before <see cref="TryTake"/>).
        /// </summary>
        public bool Reconcile(bool pinPressed, long nowMilliseconds)
        {
            lock (_sync)
            {
                if (!_reconciler.Poll(_newestIsPress, pinPressed, nowMilliseconds))
                {
                    return false;
                }

                // Never stamp before the newest edge: keeps the queue in time order.
                long at = _reconciler.MissingEdgeAt;
                return AddLocked(pinPressed, at < _newestAt ? _newestAt : at);
            }
        }

        /// <summary>Takes the oldest edge; false (and a default edge) when the queue is empty.</summary>
        public bool TryTake(out ButtonEdge edge)
        {
            lock (_sync)
            {
                if (_count == 0)
                {
                    edge = new ButtonEdge(false, 0);
                    return false;
                }

                edge = new ButtonEdge(_pressed[_oldest], _at[_oldest]);
                _oldest = (_oldest + 1) % Capacity;
                _count--;
                return true;
            }
        }

        private bool AddLocked(bool pressed, long atMilliseconds)
        {
            if (pressed == _newestIsPress)
            {
                return false;
            }

            if (_count == Capacity)
            {
                _oldest = (_oldest + 2) % Capacity;
                _count -= 2;
            }

            int slot = (_oldest + _count) % Capacity;
            _pressed[slot] = pressed;
            _at[slot] = atMilliseconds;
            _count++;
            _newestIsPress = pressed;
            _newestAt = atMilliseconds;
            return true;
        }
    }
}

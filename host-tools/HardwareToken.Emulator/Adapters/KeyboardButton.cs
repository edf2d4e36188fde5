using HardwareToken.Core.Ports;

namespace HardwareToken.Emulator.Adapters;

/// <summary>
/// <see cref="IButton"/> fed by the keyboard (interactive mode) or by <c>press</c> / <c>long-press</c> commands
/// (headless mode). <see cref="Press"/> and <see cref="Release"/> queue one edge each, stamped with the
/// <see cref="IMonotonicClock"/> at the moment of the call; keys have no bounce, so no debouncing is needed.
/// </summary>
/// <remarks>
/// Thread-safe: edges may be queued on any thread while the run loop takes them. The queue holds
/// <see cref="Capacity"/> edges and drops the oldest on overflow, as the port contract allows. Callers keep
/// presses and releases alternating (the run loop's press scheduler does).
/// </remarks>
internal sealed class KeyboardButton : IButton
{
    /// <summary>Edges the queue holds before the oldest is dropped (the contract asks for at least 8).</summary>
    public const int Capacity = 16;

    private readonly IMonotonicClock _clock;
    private readonly ButtonEdge[] _queue = new ButtonEdge[Capacity];
    private readonly object _gate = new();
    private int _head;
    private int _count;

    public KeyboardButton(IMonotonicClock clock)
    {
        _clock = clock;
    }

    /// <summary>Edges waiting to be taken.</summary>
    public int Pending
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    /// <summary>Queues a press edge stamped now.</summary>
    public void Press() => Queue(pressed: true);

    /// <summary>Queues a release edge stamped now.</summary>
    public void Release() => Queue(pressed: false);

    /// <inheritdoc />
    public bool TryTake(out ButtonEdge edge)
    {
        lock (_gate)
        {
            if (_count == 0)
            {
                edge = default;
                return false;
            }

            edge = _queue[_head];
            _head = (_head + 1) % Capacity;
            _count--;
            return true;
        }
    }

    private void Queue(bool pressed)
    {
        lock (_gate)
        {
            // Stamped inside the lock so the queue is also in time order.
            var edge = new ButtonEdge(pressed, _clock.Milliseconds);
            if (_count == Capacity)
            {
                _head = (_head + 1) % Capacity;
                _count--;
            }

            _queue[(_head + _count) % Capacity] = edge;
            _count++;
        }
    }
}

using System;
using HardwareToken.Core.Ports;
using HardwareToken.Core.Screens;

namespace HardwareToken.Emulator.Adapters;

/// <summary>
/// <see cref="IDisplay"/> for the emulator: the panel's RAM (a copy of each frame pushed), its power and
/// contrast. The terminal view (<see cref="Interactive.TerminalView"/>) draws it live with half blocks; the
/// headless <c>screen</c> and <c>png</c> commands read it.
/// </summary>
/// <remarks>
/// Like an SSD1306 it keeps its RAM while off; what it <em>shows</em> while off is nothing, and
/// <see cref="CopyVisible"/> returns an all-dark frame then. A fresh panel is off and dark. Thread-safe.
/// </remarks>
internal sealed class TerminalDisplay : IDisplay
{
    private readonly byte[] _ram = new byte[FrameLayout.Size];
    private readonly object _gate = new();
    private bool _on;
    private byte _contrast = 0x7F;
    private int _version;

    /// <summary>True while the panel is on.</summary>
    public bool IsOn
    {
        get
        {
            lock (_gate)
            {
                return _on;
            }
        }
    }

    /// <summary>The last contrast set (0..255).</summary>
    public byte Contrast
    {
        get
        {
            lock (_gate)
            {
                return _contrast;
            }
        }
    }

    /// <summary>Changes whenever the picture (RAM contents or power) changes; lets a view redraw only on change.</summary>
    public int Version
    {
        get
        {
            lock (_gate)
            {
                return _version;
            }
        }
    }

    /// <inheritdoc />
    public bool Show(byte[] frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        if (frame.Length != FrameLayout.Size)
        {
            throw new ArgumentException($"a frame is {FrameLayout.Size} bytes, not {frame.Length}", nameof(frame));
        }

        lock (_gate)
        {
            if (!frame.AsSpan().SequenceEqual(_ram))
            {
                frame.CopyTo(_ram, 0);
                _version++;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public void SetPower(bool on)
    {
        lock (_gate)
        {
            if (_on != on)
            {
                _on = on;
                _version++;
            }
        }
    }

    /// <inheritdoc />
    public void SetContrast(byte contrast)
    {
        lock (_gate)
        {
            _contrast = contrast;
        }
    }

    /// <summary>
    /// Copies what the panel shows into <paramref name="destination"/> (1024 bytes): the RAM when on, all dark
    /// when off. Returns whether the panel is on.
    /// </summary>
    public bool CopyVisible(byte[] destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (destination.Length != FrameLayout.Size)
        {
            throw new ArgumentException($"a frame is {FrameLayout.Size} bytes", nameof(destination));
        }

        lock (_gate)
        {
            if (_on)
            {
                _ram.CopyTo(destination, 0);
            }
            else
            {
                Array.Clear(destination);
            }

            return _on;
        }
    }
}

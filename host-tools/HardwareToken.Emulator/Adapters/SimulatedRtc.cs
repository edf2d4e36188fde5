using System;
using System.IO;
using HardwareToken.Core.Ports;

namespace HardwareToken.Emulator.Adapters;

/// <summary>
/// <see cref="IRealTimeClock"/> simulated on the host's UTC clock: an offset (a clock set a little wrong) and a
/// drift in ppm (a crystal that runs fast or slow) that accumulates from the emulator's start or from the last
/// <see cref="Write"/>, whichever is later. Reads whole seconds, like the chip.
/// </summary>
/// <remarks>
/// <para>RTC(t) = base + (t - baseHost) * (1 + ppm / 1e6), where base is the RTC's time at host instant baseHost.
/// <see cref="Write"/> sets base to the written second exactly (writing the seconds register restarts the
/// chip's divider chain) and starts the oscillator.</para>
/// <para>Battery backing: when a <see cref="RtcStateFile"/> is given, every write stores the new setting, and
/// <see cref="Persist"/> (called at shutdown) stores the drift accumulated so far, so a restarted emulator finds
/// its clock where it left it. Drift is a property of the crystal: it comes from the command line, not the file.</para>
/// <para>Thread-safe. <see cref="Read"/> never throws.</para>
/// </remarks>
internal sealed class SimulatedRtc : IRealTimeClock
{
    private readonly TimeProvider _time;
    private readonly double _driftPerMillisecond;
    private readonly RtcStateFile? _store;
    private readonly object _gate = new();
    private long _baseRtcMilliseconds;
    private long _baseHostMilliseconds;
    private bool _halted;
    private long _haltedAtUnixSeconds;

    /// <param name="time">The host clock (<see cref="TimeProvider.System"/> outside tests).</param>
    /// <param name="initial">Where the clock starts.</param>
    /// <param name="driftPartsPerMillion">Positive: the RTC runs fast.</param>
    /// <param name="store">Where writes are persisted; null keeps nothing.</param>
    public SimulatedRtc(TimeProvider time, RtcSetting initial, double driftPartsPerMillion, RtcStateFile? store = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (!double.IsFinite(driftPartsPerMillion))
        {
            throw new ArgumentOutOfRangeException(nameof(driftPartsPerMillion), "the drift must be a finite number of ppm");
        }

        _time = time;
        _driftPerMillisecond = driftPartsPerMillion / 1_000_000.0;
        _store = store;
        DriftPartsPerMillion = driftPartsPerMillion;
        Apply(initial, HostMilliseconds());
    }

    /// <summary>The simulated crystal's error.</summary>
    public double DriftPartsPerMillion { get; }

    /// <summary>The setting as it stands now (the offset includes the drift accumulated so far).</summary>
    public RtcSetting Current
    {
        get
        {
            lock (_gate)
            {
                long host = HostMilliseconds();
                return _halted
                    ? new RtcSetting(0, true, _haltedAtUnixSeconds)
                    : new RtcSetting(RtcMilliseconds(host) - host, false, RtcSetting.ChipResetUnixSeconds);
            }
        }
    }

    /// <inheritdoc />
    public RtcStatus Read(out long unixSeconds)
    {
        lock (_gate)
        {
            if (_halted)
            {
                unixSeconds = _haltedAtUnixSeconds;
                return RtcStatus.Halted;
            }

            unixSeconds = FloorDiv(RtcMilliseconds(HostMilliseconds()), 1000);
            return RtcStatus.Ok;
        }
    }

    /// <summary>
    /// Sets the clock to the start of second <paramref name="unixSeconds"/> now and starts it. Returns false (and
    /// leaves the clock as it was) when the setting could not be made durable.
    /// </summary>
    public bool Write(long unixSeconds)
    {
        lock (_gate)
        {
            long oldBase = _baseRtcMilliseconds;
            long oldHost = _baseHostMilliseconds;
            bool oldHalted = _halted;
            long host = HostMilliseconds();
            _baseRtcMilliseconds = unixSeconds * 1000;
            _baseHostMilliseconds = host;
            _halted = false;
            try
            {
                _store?.Save(new RtcSetting(_baseRtcMilliseconds - host, false, RtcSetting.ChipResetUnixSeconds));
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _baseRtcMilliseconds = oldBase;
                _baseHostMilliseconds = oldHost;
                _halted = oldHalted;
                return false;
            }
        }
    }

    /// <summary>Stores the current setting (with the drift accumulated so far) in the state file, if any.</summary>
    public void Persist() => _store?.Save(Current);

    private void Apply(RtcSetting setting, long host)
    {
        _halted = setting.Halted;
        _haltedAtUnixSeconds = setting.HaltedAtUnixSeconds;
        _baseHostMilliseconds = host;
        _baseRtcMilliseconds = host + setting.OffsetMilliseconds;
    }

    private long RtcMilliseconds(long host)
    {
        long elapsed = host - _baseHostMilliseconds;
        return _baseRtcMilliseconds + elapsed + (long)Math.Round(elapsed * _driftPerMillisecond);
    }

    private long HostMilliseconds() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);
}

using System;
using System.Collections.Generic;
using HardwareToken.Core.Tests.Fakes;
using HardwareToken.Core.Time;

namespace HardwareToken.Simulations.Drift;

/// <summary>
/// Runs the real core <see cref="ClockService"/> over a <see cref="DriftingRtc"/> for weeks of simulated time,
/// the way the token uses it: every wake is a boot (deep sleep resets the ESP32), so a fresh
/// <see cref="ClockService"/> restores the stored calibration, polls the RTC every
/// <see cref="PollMilliseconds"/> until it has seen a seconds tick, and only then tells the time. Two host syncs
/// (day 0 and <see cref="SecondSyncDay"/>) are done as <c>TokenApp</c> does them: the host sends its UTC just
/// after a whole second, the token notes when the request arrived, the user presses a few seconds later, and
/// <see cref="ClockService.BeginSync"/>/<see cref="ClockService.TickSync"/> measure, recalibrate the trim and
/// record the new offset between UTC and the (running, never rewritten) RTC.
/// </summary>
/// <remarks>
/// At each wake the error of the corrected time is sampled against true time (the trim applied), and at the same
/// instants a second <see cref="ClockService"/> with the same calibration (the same offset) but a zero trim gives
/// the error without it: the raw RTC since the last sync, read with the same resolution.
/// </remarks>
public sealed class DriftSimulation
{
    /// <summary>True UTC of the first sync (2026-11-18, after the firmware build date).</summary>
    public const long FirstSyncUnixSeconds = 1795000000;

    /// <summary>The firmware build date the clock service checks against (TokenConfig's default).</summary>
    public const long FirmwareBuildUnixSeconds = 1767225600;

    private const long DayMilliseconds = 86400000;

    private SimulatedTime _time = null!;
    private DriftingRtc _rtc = null!;
    private DriftScenario _scenario = null!;
    private bool _shifted;
    private ClockService _clock = null!;
    private ClockService _untrimmed = null!;
    private long _lastSync;
    private long _offset;
    private long _previousSync;
    private int _drift;
    private int _syncCount;

    /// <summary>Days simulated after day 0 (rows 0..Days).</summary>
    public int Days { get; set; } = 90;

    /// <summary>Wakes per day (evenly spread, at the half hour), each sampling the error for a second.</summary>
    public int WakesPerDay { get; set; } = 24;

    /// <summary>The main loop's poll interval while awake (TokenApp.Step returns at most 50 ms).</summary>
    public int PollMilliseconds { get; set; } = 50;

    /// <summary>The day of the second sync; none after it.</summary>
    public int SecondSyncDay { get; set; } = 7;

    /// <summary>Serial and loop latency between the host's whole second and the token handling SetTime.</summary>
    public int RequestLatencyMilliseconds { get; set; } = 20;

    /// <summary>How long the user takes to press on the confirm screen.</summary>
    public int PressDelayMilliseconds { get; set; } = 4000;

    /// <summary>Polls (RTC reads) done by the last <see cref="Run"/>: the work the simulation did.</summary>
    public long Polls { get; private set; }

    /// <summary>Runs one scenario from the first sync to the end of day <see cref="Days"/>.</summary>
    public DriftResult Run(DriftScenario scenario)
    {
        _scenario = scenario;
        _shifted = false;
        Polls = 0;
        _lastSync = 0;
        _offset = 0;
        _previousSync = 0;
        _drift = 0;
        _syncCount = 0;

        // Start 5.337 s before the first sync's second, with a fresh RTC an hour wrong and an arbitrary phase.
        long t0 = FirstSyncUnixSeconds * 1000;
        _time = new SimulatedTime(t0 - 5337);
        _rtc = new DriftingRtc(_time, FirstSyncUnixSeconds - 3600, scenario.DriftPartsPerBillion);

        Sync();
        int trimAfterSecondSync = 0;
        var days = new List<DriftDay>();
        for (int day = 0; day <= Days; day++)
        {
            if (day == SecondSyncDay)
            {
                AdvanceAsleepTo(t0 + (day * DayMilliseconds) - 5337);
                Sync();
                trimAfterSecondSync = _drift;
            }

            long worstTrim = 0;
            long worstRaw = 0;
            bool warning = false;
            long estimate = 0;
            for (int wake = 0; wake < WakesPerDay; wake++)
            {
                long at = t0 + (day * DayMilliseconds) + ((wake * DayMilliseconds) / WakesPerDay) + 1800000;
                if (day == 0 && at < _time.TrueUnixMilliseconds)
                {
                    continue;
                }

                AdvanceAsleepTo(at);
                Sample sample = WakeAndSample();
                worstTrim = Worse(worstTrim, sample.WithTrim);
                worstRaw = Worse(worstRaw, sample.WithoutTrim);
                warning |= sample.Warning;
                estimate = sample.Estimate;
            }

            days.Add(new DriftDay
            {
                Day = day,
                WithTrimMilliseconds = worstTrim,
                WithoutTrimMilliseconds = worstRaw,
                Warning = warning,
                EstimatedErrorMilliseconds = estimate,
            });
        }

        return new DriftResult(scenario, days, trimAfterSecondSync, SecondSyncDay);
    }

    private static long Worse(long a, long b) => Math.Abs(b) > Math.Abs(a) ? b : a;

    private struct Sample
    {
        public long WithTrim;
        public long WithoutTrim;
        public bool Warning;
        public long Estimate;
    }

    /// <summary>Power-on: uptime restarts, the clock service is new and restores the stored calibration.</summary>
    private void Boot()
    {
        _time.Reboot();
        _clock = new ClockService(_rtc, FirmwareBuildUnixSeconds);
        _clock.RestoreCalibration(_lastSync, _previousSync, _drift, _syncCount, _offset);
        _untrimmed = new ClockService(_rtc, FirmwareBuildUnixSeconds);
        _untrimmed.RestoreCalibration(_lastSync, _previousSync, 0, _syncCount, _offset);
        Poll();
    }

    private void Poll()
    {
        long uptime = _time.Milliseconds;
        _clock.Poll(uptime);
        _untrimmed.Poll(uptime);
        Polls += 2;
    }

    /// <summary>Awake: advances in loop steps of at most <see cref="PollMilliseconds"/>, polling after each.</summary>
    private void RunAwake(long milliseconds)
    {
        long end = _time.Milliseconds + milliseconds;
        while (_time.Milliseconds < end)
        {
            long step = Math.Min(PollMilliseconds, end - _time.Milliseconds);
            Advance(step);
            Poll();
        }
    }

    private Sample WakeAndSample()
    {
        Boot();

        // The first second after a wake: the service learns where the RTC's seconds start.
        RunAwake(1100);
        var sample = new Sample();
        for (int i = 0; i < 20; i++)
        {
            RunAwake(PollMilliseconds);
            long uptime = _time.Milliseconds;
            long truth = _time.TrueUnixMilliseconds;
            sample.WithTrim = Worse(sample.WithTrim, _clock.NowUnixMilliseconds(uptime) - truth);
            sample.WithoutTrim = Worse(sample.WithoutTrim, _untrimmed.NowUnixMilliseconds(uptime) - truth);
            sample.Warning |= _clock.NeedsSyncWarning(uptime);
            sample.Estimate = _clock.EstimatedErrorMilliseconds(uptime);
        }

        return sample;
    }

    /// <summary>A host sync as TokenApp performs it, then the stored calibration updated as Persist would.</summary>
    private void Sync()
    {
        Boot();
        RunAwake(1500);

        // hwtoken waits for a whole second of true UTC, then sends SetTime with that second.
        long fraction = _time.TrueUnixMilliseconds % 1000;
        if (fraction != 0)
        {
            RunAwake(1000 - fraction);
        }

        long hostUnixMilliseconds = _time.TrueUnixMilliseconds;
        RunAwake(RequestLatencyMilliseconds);
        long receivedAt = _time.Milliseconds;

        // The confirm screen; the user presses; TokenApp.Apply starts the sync with the request's arrival time.
        RunAwake(PressDelayMilliseconds);
        _clock.BeginSync(hostUnixMilliseconds, receivedAt);
        int wait;
        while ((wait = _clock.TickSync(_time.Milliseconds)) > 0)
        {
            Advance(wait);
            _untrimmed.Poll(_time.Milliseconds);
            Polls += 2;
        }

        if (!_clock.LastSyncWritten)
        {
            throw new InvalidOperationException("the sync failed");
        }

        _lastSync = _clock.LastSyncUnixSeconds;
        _previousSync = _clock.PreviousSyncUnixSeconds;
        _drift = _clock.DriftPartsPerBillion;
        _syncCount = _clock.SyncCount;
        _offset = _clock.RtcOffsetMilliseconds;
    }

    private void AdvanceAsleepTo(long trueUnixMilliseconds)
    {
        long delta = trueUnixMilliseconds - _time.TrueUnixMilliseconds;
        if (delta < 0)
        {
            throw new InvalidOperationException("time runs forward only");
        }

        Advance(delta);
    }

    /// <summary>Moves true time on, switching the crystal's rate at the scenario's shift day.</summary>
    private void Advance(long milliseconds)
    {
        long shiftAt = _scenario.IsConstant
            ? long.MaxValue
            : (FirstSyncUnixSeconds * 1000) + (_scenario.ShiftDay * DayMilliseconds);
        long now = _time.TrueUnixMilliseconds;
        if (!_shifted && now + milliseconds >= shiftAt)
        {
            _time.Advance(shiftAt - now);
            _rtc.Force(_rtc.RtcMilliseconds);
            _rtc.DriftPartsPerBillion = _scenario.DriftAfterShiftPartsPerBillion;
            _shifted = true;
            _time.Advance(now + milliseconds - shiftAt);
            return;
        }

        _time.Advance(milliseconds);
    }
}

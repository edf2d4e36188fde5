using System;
using System.Collections.Generic;
using HardwareToken.Core.App;
using HardwareToken.Core.Ports;
using HardwareToken.Core.Tests.Fakes;

namespace HardwareToken.Simulations.Power;

/// <summary>What one simulated day did: time in each state, boots, and the stage each press found.</summary>
public sealed record PowerDayResult(
    string Policy,
    int SignIns,
    double AwakeSeconds,
    double LightSeconds,
    double DeepSeconds,
    int Boots,
    int LightWakes,
    int PressesAwake,
    int PressesLight,
    int PressesDeep)
{
    /// <summary>Average current over the day on <paramref name="board"/>, in mA.</summary>
    public double AverageMilliamps(PowerBoard board, bool wifi = false)
    {
        double bootSeconds = Boots * PowerLatency.BootMilliseconds / 1000.0;
        double extra = wifi ? PowerBoard.WifiExtraMilliamps : 0;
        double charge = ((board.AwakeMilliamps + extra) * AwakeSeconds)
            + (board.LightMilliamps * LightSeconds)
            + (board.DeepMilliamps * (DeepSeconds - bootSeconds))
            + ((board.BootMilliamps + extra) * bootSeconds)
            + (board.AwakeMilliamps * LightWakes * 0.002); // each timer wake: about 2 ms awake
        return charge / 86400.0;
    }

    /// <summary>Days a <paramref name="milliampHours"/> cell lasts (self-discharge ignored).</summary>
    public double BatteryDays(PowerBoard board, double milliampHours, bool wifi = false) => milliampHours / AverageMilliamps(board, wifi) / 24.0;
}

/// <summary>
/// Drives the real <see cref="TokenApp"/> through one day of use on fake hardware: <c>N</c> sign-ins spread over
/// 08:00-20:00, each a press that shows the code, and every third one a second press 40 s later (the enrolment's
/// second code, or a mistyped code). The power fake sleeps as the chip does: light sleep advances the clock to the
/// next press or the bounding timer; deep sleep ends in a reboot of the app at the next press.
/// </summary>
public sealed class PowerDay
{
    private const long Start = 1795000000L * 1000;
    private const long DayMilliseconds = 86400L * 1000;

    public static PowerDayResult Run(string policy, int warmWindowMilliseconds, int signIns, int displayTimeoutMilliseconds = 30000)
    {
        var presses = new List<long>();
        for (int i = 0; i < signIns; i++)
        {
            long at = (8 * 3600 * 1000L) + (i * (12 * 3600 * 1000L) / Math.Max(1, signIns)) + 1234;
            presses.Add(at);
            if (i % 3 == 2)
            {
                presses.Add(at + 40000);
            }
        }

        presses.Sort();
        var time = new SimulatedTime(Start);
        var rtc = new DriftingRtc(time, Start / 1000, 0);
        var storage = new MemoryStorage(2048);
        var platform = new FakePlatform(time, rtc, storage);
        var power = new DayPower(time, presses);
        var sim = new SimPlatform(platform, power);
        var config = new TokenConfig { WarmWindowMilliseconds = warmWindowMilliseconds, DisplayTimeoutMilliseconds = displayTimeoutMilliseconds };
        byte[] key = new byte[40];
        for (int i = 0; i < key.Length; i++)
        {
            key[i] = (byte)(i + 1);
        }

        TokenApp app = Boot(sim, config, key);
        double awake = 0, light = 0, deep = 0;
        int boots = 0, pressesAwake = 0, pressesLight = 0, pressesDeep = 0;
        long end = Start + DayMilliseconds;

        // The day starts with the token asleep as it is most of the night: in deep sleep, or light sleep for the
        // light-only policy. No press comes until then.
        while (app.Power.Stage == PowerStage.Awake || (app.Power.Stage == PowerStage.LightSleep && warmWindowMilliseconds != int.MaxValue))
        {
            app.Step();
            if (app.Power.Stage == PowerStage.Awake)
            {
                time.Advance(50);
            }
        }

        long dayStart = time.TrueUnixMilliseconds;
        end = dayStart + DayMilliseconds;
        power.Offset = dayStart;
        power.Enabled = true;
        while (time.TrueUnixMilliseconds < end)
        {
            long now = time.TrueUnixMilliseconds;
            long next = power.NextPress;
            switch (app.Power.Stage)
            {
                case PowerStage.Awake:
                    if (next <= now)
                    {
                        power.TakePress();
                        pressesAwake++;
                        platform.FakeButton.Queue(true, time.Milliseconds);
                        platform.FakeButton.Queue(false, time.Milliseconds + 120);
                    }

                    int wait = app.Step();
                    long step = Math.Max(1, Math.Min(wait, Math.Max(1, power.NextPress - time.TrueUnixMilliseconds)));
                    if (app.Power.Stage == PowerStage.Awake)
                    {
                        time.Advance(step);
                        awake += step;
                    }

                    break;
                case PowerStage.LightSleep:
                    long before = time.TrueUnixMilliseconds;
                    int woke = power.ButtonWakes;
                    app.Step();
                    light += time.TrueUnixMilliseconds - before;
                    if (power.ButtonWakes != woke)
                    {
                        pressesLight++;
                    }

                    break;
                default:
                    long until = Math.Min(end, next);
                    deep += until - now;
                    time.Advance(until - now);
                    if (next <= until && next < end)
                    {
                        // A press wakes the chip from deep sleep: a reset, the app boots again with the press queued.
                        power.TakePress();
                        pressesDeep++;
                        boots++;
                        time.Reboot();
                        platform.FakeButton.Queue(true, 0);
                        platform.FakeButton.Queue(false, 120);
                        app = new TokenApp(sim, config);
                        app.Boot();
                        app.Accounts.Put(0, "AWS root", key, 0, key.Length, 6, 30);
                    }

                    break;
            }
        }

        return new PowerDayResult(policy, signIns, awake / 1000, light / 1000, deep / 1000, boots, power.TimerWakes, pressesAwake, pressesLight, pressesDeep);
    }

    private static TokenApp Boot(SimPlatform sim, TokenConfig config, byte[] key)
    {
        var app = new TokenApp(sim, config);
        app.Boot();
        app.Accounts.Put(0, "AWS root", key, 0, key.Length, 6, 30);
        return app;
    }

    /// <summary>The fake hardware with <see cref="DayPower"/> in place of the fake power port.</summary>
    private sealed class SimPlatform(FakePlatform inner, DayPower power) : ITokenPlatform
    {
        public IRealTimeClock Rtc => inner.Rtc;
        public IMonotonicClock Uptime => inner.Uptime;
        public IDisplay Display => inner.Display;
        public IButton Button => inner.Button;
        public ISerialLink Serial => inner.Serial;
        public INonVolatileStorage Storage => inner.Storage;
        public IPower Power => power;
    }

    /// <summary>Light sleep as on the chip: the clock runs to the next press (a button wake) or the bounding timer.</summary>
    private sealed class DayPower(SimulatedTime time, List<long> presses) : IPower
    {
        private int _next;

        public long Offset { get; set; }

        public bool Enabled { get; set; }

        public int ButtonWakes { get; private set; }

        public int TimerWakes { get; private set; }

        public long NextPress => Enabled && _next < presses.Count ? Offset + presses[_next] : long.MaxValue;

        public void TakePress() => _next++;

        public WakeCause LightSleep(int maxMilliseconds)
        {
            long now = time.TrueUnixMilliseconds;
            if (NextPress != long.MaxValue && NextPress <= now + maxMilliseconds)
            {
                time.Advance(Math.Max(0, NextPress - now));
                TakePress();
                ButtonWakes++;
                return WakeCause.Button;
            }

            time.Advance(maxMilliseconds);
            TimerWakes++;
            return WakeCause.Timer;
        }

        public void EnterDeepSleep()
        {
        }
    }
}

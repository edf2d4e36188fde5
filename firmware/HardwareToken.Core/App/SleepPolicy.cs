using System;
using HardwareToken.Core.Ports;

namespace HardwareToken.Core.App
{
    /// <summary>
    /// When the token sleeps and how deeply: the two-stage policy. After the display timeout the token light-sleeps
    /// through a warm window (a press shows the code without a reboot, serial activity wakes it too); after the
    /// window it deep-sleeps, where a press reboots the chip. <see cref="TokenConfig.WarmWindowMilliseconds"/> 0 is
    /// deep sleep only, <see cref="int.MaxValue"/> light sleep only.
    /// </summary>
    /// <remarks>
    /// <para>The caller (<see cref="TokenApp"/>) owns the screens and the hardware other than power; this class owns
    /// the display timeout, the stage, the warm window and the calls to <see cref="IPower"/>.</para>
    /// <para>Every light sleep is bounded by a timer (at most <see cref="MaxLightSleepMilliseconds"/>), so a wake
    /// source that fails cannot strand the token. The warm window is counted on the monotonic clock and, should that
    /// clock stop while the chip sleeps, by the time each timer wake stands for, so the window ends either way.</para>
    /// <para>A serial wake loses the bytes that woke the chip, and the rest of that frame is a tail without a head:
    /// after a serial wake the caller drops input until the line has been quiet for
    /// <see cref="SerialSettleMilliseconds"/>; the host resends its request and gets the answer.</para>
    /// </remarks>
    public sealed class SleepPolicy
    {
        /// <summary>The longest single light sleep: the bounding timer.</summary>
        public const int MaxLightSleepMilliseconds = 60000;

        /// <summary>Quiet time on the serial line that ends the dropping after a serial wake.</summary>
        public const int SerialSettleMilliseconds = 20;

        /// <summary>A press edge this soon after a button wake is the waking press itself (its edge arrived late).</summary>
        public const int WakePressMilliseconds = 300;

        private readonly IPower _power;
        private readonly IMonotonicClock _clock;
        private readonly TokenConfig _config;

        private PowerStage _stage = PowerStage.Awake;
        private WakeCause _lastWake = WakeCause.Boot;
        private long _lastActivity;
        private long _wokeAt;
        private long _windowStart;
        private long _pausedCredit;
        private bool _settling;
        private bool _wakePressPending;
        private long _lastDroppedAt;

        public SleepPolicy(IPower power, IMonotonicClock clock, TokenConfig config)
        {
            if (power == null || clock == null || config == null)
            {
                throw new ArgumentNullException("power");
            }

            _power = power;
            _clock = clock;
            _config = config;
        }

        /// <summary>The current stage.</summary>
        public PowerStage Stage
        {
            get { return _stage; }
        }

        /// <summary>True while the display is on and the token serves the serial line.</summary>
        public bool IsAwake
        {
            get { return _stage == PowerStage.Awake; }
        }

        /// <summary>How the token last woke (<see cref="WakeCause.Boot"/> after start-up).</summary>
        public WakeCause LastWake
        {
            get { return _lastWake; }
        }

        /// <summary>Light sleeps the adapter actually entered (it reported a wake cause).</summary>
        public int LightSleeps { get; private set; }

        /// <summary>Deep-sleep requests.</summary>
        public int DeepSleeps { get; private set; }

        /// <summary>A press or a frame: the display timeout starts again.</summary>
        public void NoteActivity(long now)
        {
            _lastActivity = now;
        }

        /// <summary>True when the display has been idle for the display timeout.</summary>
        public bool DisplayTimedOut(long now)
        {
            return now - _lastActivity >= _config.DisplayTimeoutMilliseconds;
        }

        /// <summary>The token is awake again (boot, a press, serial activity).</summary>
        public void Woke(long now, WakeCause cause)
        {
            _stage = PowerStage.Awake;
            _lastWake = cause;
            _lastActivity = now;
            _wokeAt = now;
            _settling = cause == WakeCause.Serial;
            _wakePressPending = cause == WakeCause.Button;
            _lastDroppedAt = now;
        }

        /// <summary>
        /// The display is off and nothing keeps the token awake: enters the warm window, or deep sleep when there is
        /// none. The caller has switched the display off.
        /// </summary>
        public void FallAsleep(long now)
        {
            if (WarmWindow() == 0)
            {
                EnterDeepSleep();
                return;
            }

            _stage = PowerStage.LightSleep;
            _windowStart = now;
            _pausedCredit = 0;
        }

        /// <summary>
        /// One sleep while the display is off, after the caller has handled queued button edges and serial bytes.
        /// In the warm window: one light sleep bounded by the window's end; once the window is over: deep sleep.
        /// Returns what woke the chip (<see cref="WakeCause.None"/>: nothing did; the caller polls again).
        /// </summary>
        public WakeCause Doze(long now)
        {
            if (_stage != PowerStage.LightSleep)
            {
                return WakeCause.None;
            }

            long spent = now - _windowStart + _pausedCredit;
            int window = WarmWindow();
            if (spent >= window)
            {
                EnterDeepSleep();
                return WakeCause.None;
            }

            long remaining = window - spent;
            int slice = remaining > MaxLightSleepMilliseconds ? MaxLightSleepMilliseconds : (int)remaining;
            WakeCause cause = _power.LightSleep(slice);
            if (cause == WakeCause.None)
            {
                return cause;
            }

            LightSleeps++;
            long counted = _clock.Milliseconds - now;
            if (cause == WakeCause.Timer && counted < slice)
            {
                // The monotonic clock did not count the whole sleep: credit what the timer stands for.
                _pausedCredit += slice - counted;
            }

            return cause;
        }

        /// <summary>True when a press edge at <paramref name="atMilliseconds"/> is the press that woke the chip.</summary>
        public bool IsWakePress(long atMilliseconds)
        {
            return _wakePressPending && atMilliseconds <= _wokeAt + WakePressMilliseconds;
        }

        /// <summary>The waking press has been seen and consumed: later presses are ordinary ones.</summary>
        public void WakePressTaken()
        {
            _wakePressPending = false;
        }

        /// <summary>
        /// Whether serial bytes arriving now may be fed to the decoder: never while asleep, and not right after a
        /// serial wake (the tail of the frame whose head was lost).
        /// </summary>
        public bool AcceptsSerial(long now)
        {
            if (_stage != PowerStage.Awake)
            {
                return false;
            }

            if (_settling)
            {
                _lastDroppedAt = now;
                return false;
            }

            return true;
        }

        /// <summary>Called once per step after the serial line was drained: ends the settling after a quiet spell.</summary>
        public void SerialDrained(long now, bool bytesArrived)
        {
            if (_settling && !bytesArrived && now - _lastDroppedAt >= SerialSettleMilliseconds)
            {
                _settling = false;
            }
        }

        /// <summary>The configured warm window (read each time: the config may change after construction).</summary>
        private int WarmWindow()
        {
            return _config.WarmWindowMilliseconds < 0 ? 0 : _config.WarmWindowMilliseconds;
        }

        private void EnterDeepSleep()
        {
            _stage = PowerStage.DeepSleep;
            DeepSleeps++;
            _power.EnterDeepSleep();

            // Only adapters that cannot sleep return: the caller waits, display off, for the next press.
        }
    }
}

#nullable disable
using System;
using HardwareToken.Core.Ports;

namespace HardwareToken.Core.Tests.Fakes
{
    /// <summary>A display that keeps the last frame and counts pushes.</summary>
    public sealed class FakeDisplay : IDisplay
    {
        public readonly byte[] LastFrame = new byte[1024];
        public bool On;
        public int Shows;
        public byte Contrast;

        /// <summary>The next this many pushes fail, as a bus error does (the frame is not stored).</summary>
        public int FailNext;

        /// <summary>True when the last frame was pushed while the panel was off (so no stale frame flashed).</summary>
        public bool LastShowWhileOff;

        public bool Show(byte[] frame)
        {
            LastShowWhileOff = !On;
            if (frame.Length != LastFrame.Length)
            {
                throw new ArgumentException("a frame is 1024 bytes");
            }

            if (FailNext > 0)
            {
                FailNext--;
                return false;
            }

            Array.Copy(frame, 0, LastFrame, 0, frame.Length);
            Shows++;
            return true;
        }

        /// <summary>A copy of the frame on the panel now, to compare with a later one.</summary>
        public byte[] Snapshot()
        {
            byte[] copy = new byte[LastFrame.Length];
            Array.Copy(LastFrame, 0, copy, 0, LastFrame.Length);
            return copy;
        }

        /// <summary>True when the panel still shows exactly <paramref name="frame"/>.</summary>
        public bool IsShowing(byte[] frame)
        {
            for (int i = 0; i < LastFrame.Length; i++)
            {
                if (frame[i] != LastFrame[i])
                {
                    return false;
                }
            }

            return true;
        }

        public void SetPower(bool on)
        {
            On = on;
        }

        public void SetContrast(byte contrast)
        {
            Contrast = contrast;
        }
    }

    /// <summary>A button whose edges the test queues by hand.</summary>
    public sealed class FakeButton : IButton
    {
        private readonly ButtonEdge[] _queue = new ButtonEdge[32];
        private int _head;
        private int _count;

        public void Queue(bool pressed, long atMilliseconds)
        {
            if (_count == _queue.Length)
            {
                throw new InvalidOperationException("button queue full");
            }

            _queue[(_head + _count) % _queue.Length] = new ButtonEdge(pressed, atMilliseconds);
            _count++;
        }

        public bool TryTake(out ButtonEdge edge)
        {
            if (_count == 0)
            {
                edge = new ButtonEdge(false, 0);
                return false;
            }

            edge = _queue[_head];
            _head = (_head + 1) % _queue.Length;
            _count--;
            return true;
        }
    }

    /// <summary>Both ends of a serial line: the test writes what the host sends and reads what the token sent.</summary>
    public sealed class FakeSerial : ISerialLink
    {
        private readonly byte[] _toToken = new byte[4096];
        private int _toTokenHead;
        private int _toTokenCount;
        private readonly byte[] _fromToken = new byte[8192];
        private int _fromTokenCount;

        /// <summary>At most this many bytes per Read call, to exercise split delivery.</summary>
        public int ChunkLimit = 64;

        public void HostSends(byte[] data)
        {
            for (int i = 0; i < data.Length; i++)
            {
                _toToken[(_toTokenHead + _toTokenCount) % _toToken.Length] = data[i];
                _toTokenCount++;
            }
        }

        public int Read(byte[] buffer, int offset, int count)
        {
            int n = count < ChunkLimit ? count : ChunkLimit;
            if (n > _toTokenCount)
            {
                n = _toTokenCount;
            }

            for (int i = 0; i < n; i++)
            {
                buffer[offset + i] = _toToken[_toTokenHead];
                _toTokenHead = (_toTokenHead + 1) % _toToken.Length;
            }

            _toTokenCount -= n;
            return n;
        }

        public void Write(byte[] buffer, int offset, int count)
        {
            Array.Copy(buffer, offset, _fromToken, _fromTokenCount, count);
            _fromTokenCount += count;
        }

        /// <summary>Everything the token sent since the last call.</summary>
        public byte[] TakeSent()
        {
            byte[] sent = new byte[_fromTokenCount];
            Array.Copy(_fromToken, 0, sent, 0, _fromTokenCount);
            Array.Clear(_fromToken, 0, _fromTokenCount);
            _fromTokenCount = 0;
            return sent;
        }
    }

    /// <summary>
    /// Counts sleep requests. Deep sleep returns, as an adapter that cannot sleep does. Light sleep returns
    /// <see cref="WakeCause.None"/> at once unless <see cref="Clock"/> is set; then it sleeps: it advances the clock by
    /// the requested time (the bounding timer) or until the scripted wake, and reports the cause. With
    /// <see cref="UptimeStops"/> true time passes but the uptime does not, as with the ESP32's RTOS tick.
    /// </summary>
    public sealed class FakePower : IPower
    {
        public int SleepRequests;
        public int LightSleeps;
        public int LongestLightSleep;
        public SimulatedTime Clock;
        public bool UptimeStops;

        /// <summary>Milliseconds into light sleep at which <see cref="WakeBy"/> wakes the chip; -1 = no scripted wake.</summary>
        public long WakeAfter = -1;
        public WakeCause WakeBy = WakeCause.None;

        /// <summary>Bytes the host's line delivers when the scripted wake fires (into <see cref="SerialOnWake"/>).</summary>
        public byte[] BytesOnWake;
        public FakeSerial SerialOnWake;

        public WakeCause LightSleep(int maxMilliseconds)
        {
            if (Clock == null)
            {
                return WakeCause.None;
            }

            LightSleeps++;
            if (maxMilliseconds > LongestLightSleep)
            {
                LongestLightSleep = maxMilliseconds;
            }

            long slept = maxMilliseconds;
            WakeCause cause = WakeCause.Timer;
            if (WakeAfter >= 0 && WakeAfter <= maxMilliseconds)
            {
                slept = WakeAfter;
                cause = WakeBy;
                WakeAfter = -1;
            }
            else if (WakeAfter >= 0)
            {
                WakeAfter -= maxMilliseconds;
            }

            if (UptimeStops)
            {
                Clock.AdvanceWithUptimeStopped(slept);
            }
            else
            {
                Clock.Advance(slept);
            }

            if (cause != WakeCause.Timer && BytesOnWake != null)
            {
                SerialOnWake.HostSends(BytesOnWake);
                BytesOnWake = null;
            }

            return cause;
        }

        public void EnterDeepSleep()
        {
            SleepRequests++;
        }
    }

    /// <summary>The whole fake token hardware around one simulated clock.</summary>
    public sealed class FakePlatform : ITokenPlatform
    {
        public FakePlatform(SimulatedTime time, DriftingRtc rtc, MemoryStorage storage)
        {
            Time = time;
            FakeRtc = rtc;
            FakeStorage = storage;
        }

        public readonly SimulatedTime Time;
        public readonly DriftingRtc FakeRtc;
        public readonly MemoryStorage FakeStorage;
        public readonly FakeDisplay FakeDisplay = new FakeDisplay();
        public readonly FakeButton FakeButton = new FakeButton();
        public readonly FakeSerial FakeSerial = new FakeSerial();
        public readonly FakePower FakePower = new FakePower();

        public IRealTimeClock Rtc
        {
            get { return FakeRtc; }
        }

        public IMonotonicClock Uptime
        {
            get { return Time; }
        }

        public IDisplay Display
        {
            get { return FakeDisplay; }
        }

        public IButton Button
        {
            get { return FakeButton; }
        }

        public ISerialLink Serial
        {
            get { return FakeSerial; }
        }

        public INonVolatileStorage Storage
        {
            get { return FakeStorage; }
        }

        public IPower Power
        {
            get { return FakePower; }
        }
    }
}

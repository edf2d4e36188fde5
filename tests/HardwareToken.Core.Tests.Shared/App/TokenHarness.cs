using HardwareToken.Core.App;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.Fakes;
using HardwareToken.Core.Tests.Protocol;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.App
{
    /// <summary>One response frame the token sent.</summary>
    public sealed class Reply
    {
        public int Opcode;
        public int Sequence;
        public Status Status;
        public int Detail;
        public byte[] Body;
    }

    /// <summary>
    /// Drives a <see cref="TokenApp"/> on fake hardware with a hand-advanced clock: boots it, presses its button,
    /// plays the host's side of the serial line and reads back the replies.
    /// </summary>
    public sealed class TokenHarness
    {
        public const long Build = 1767225600; // 2026-01-01, TokenConfig's default
        public const long Now = 1795000000; // 2026-11-18, a second boundary

        public readonly FakePlatform Platform;
        public readonly TokenConfig Config = new TokenConfig();
        public TokenApp App;
        private int _sequence;

        /// <summary>A token whose RTC reads <paramref name="rtcUnixSeconds"/> at true time <see cref="Now"/> (0 = a fresh, unset DS1307).</summary>
        public TokenHarness(long rtcUnixSeconds, int driftPartsPerBillion)
            : this(rtcUnixSeconds, driftPartsPerBillion, new MemoryStorage(2048))
        {
        }

        public TokenHarness(long rtcUnixSeconds, int driftPartsPerBillion, MemoryStorage storage)
        {
            SimulatedTime time = new SimulatedTime(Now * 1000);
            DriftingRtc rtc = new DriftingRtc(time, rtcUnixSeconds == 0 ? 946684800 : rtcUnixSeconds, driftPartsPerBillion);
            Platform = new FakePlatform(time, rtc, storage);
            App = new TokenApp(Platform, Config);
        }

        /// <summary>A booted token with the right time and no accounts.</summary>
        public static TokenHarness Booted()
        {
            TokenHarness h = new TokenHarness(Now, 0);
            h.Boot();
            return h;
        }

        /// <summary>The RFC 6238 / AWS-shaped 40-byte secret 01 02 .. 28.</summary>
        public static byte[] AwsKey()
        {
            byte[] key = new byte[40];
            for (int i = 0; i < key.Length; i++)
            {
                key[i] = (byte)(i + 1);
            }

            return key;
        }

        public long Uptime
        {
            get { return Platform.Time.Milliseconds; }
        }

        public long TrueUnixSeconds
        {
            get { return Platform.Time.TrueUnixMilliseconds / 1000; }
        }

        public void Boot()
        {
            App.Boot();
            Run(100);
        }

        /// <summary>Power cycle: a new app over the same storage and RTC; uptime restarts.</summary>
        public void Reboot()
        {
            Platform.Time.Reboot();
            App = new TokenApp(Platform, Config);
            Boot();
        }

        /// <summary>Runs the loop for <paramref name="milliseconds"/> of simulated time, honouring the waits it asks for.</summary>
        public void Run(long milliseconds)
        {
            long end = Uptime + milliseconds;
            while (Uptime < end)
            {
                int wait = App.Step();
                if (Uptime >= end)
                {
                    // A sleeping power fake advanced the clock inside the step.
                    break;
                }

                long step = wait < 1 ? 1 : wait;
                if (Uptime + step > end)
                {
                    step = end - Uptime;
                }

                Platform.Time.Advance(step);
            }

            App.Step();
        }

        /// <summary>Waits until true UTC is on a whole second, as hwtoken does before it sends SetTime.</summary>
        public void AlignToSecond()
        {
            long fraction = Platform.Time.TrueUnixMilliseconds % 1000;
            if (fraction != 0)
            {
                Run(1000 - fraction);
            }
        }

        /// <summary>Presses and releases the button.</summary>
        public void Press(int heldMilliseconds)
        {
            Platform.FakeButton.Queue(true, Uptime);
            Run(heldMilliseconds);
            Platform.FakeButton.Queue(false, Uptime);
            Run(60);
        }

        public void ShortPress()
        {
            Press(120);
        }

        public void LongPress()
        {
            Press(Config.LongPressMilliseconds + 200);
        }

        /// <summary>Reads the confirm screen for the minimum time, then presses: how a user confirms.</summary>
        public void ConfirmPress()
        {
            Run(Config.ConfirmMinimumVisibleMilliseconds);
            ShortPress();
        }

        /// <summary>Reads the confirm screen for the minimum time, then holds the button: how a user declines.</summary>
        public void DeclinePress()
        {
            Run(Config.ConfirmMinimumVisibleMilliseconds);
            LongPress();
        }

        /// <summary>Sends one request and runs for <paramref name="milliseconds"/>; returns the sequence used.</summary>
        public int Send(Opcode opcode, byte[] payload, long milliseconds)
        {
            int sequence = (_sequence++) & 0xFF;
            Platform.FakeSerial.HostSends(ProtocolTestKit.Request((int)opcode, sequence, payload));
            Run(milliseconds);
            return sequence;
        }

        /// <summary>Sends raw bytes.</summary>
        public void SendRaw(byte[] bytes, long milliseconds)
        {
            Platform.FakeSerial.HostSends(bytes);
            Run(milliseconds);
        }

        /// <summary>Every reply frame the token sent since the last call, decoded; fails on a malformed one.</summary>
        public Reply[] Replies()
        {
            byte[] sent = Platform.FakeSerial.TakeSent();
            FrameDecoder decoder = new FrameDecoder();
            Reply[] found = new Reply[16];
            int count = 0;
            for (int i = 0; i < sent.Length; i++)
            {
                FeedResult r = decoder.Feed(sent[i], 0);
                Assert.IsTrue(r != FeedResult.Error, "the token sent a malformed frame");
                if (r == FeedResult.FrameReady)
                {
                    Reply reply = new Reply();
                    reply.Opcode = decoder.RawOpcode;
                    reply.Sequence = decoder.Sequence;
                    reply.Status = (Status)decoder.Payload[0];
                    reply.Detail = decoder.Payload[1];
                    reply.Body = new byte[decoder.PayloadLength - 2];
                    System.Array.Copy(decoder.Payload, 2, reply.Body, 0, reply.Body.Length);
                    found[count++] = reply;
                }
            }

            Reply[] result = new Reply[count];
            System.Array.Copy(found, 0, result, 0, count);
            return result;
        }

        /// <summary>Exactly one reply, with the given status.</summary>
        public Reply Single(Status status)
        {
            Reply[] replies = Replies();
            Assert.AreEqual(1, replies.Length, "reply count");
            Assert.AreEqual((int)status, (int)replies[0].Status, "status (detail " + replies[0].Detail.ToString() + ")");
            return replies[0];
        }

        public static byte[] PutPayload(int slot, string label, byte[] secret, int digits, int period)
        {
            return ProtocolTestKit.PutSecretPayload(slot, digits, period, Hex.Ascii(label), secret);
        }

        public static byte[] Slot(int slot)
        {
            return new byte[] { (byte)slot };
        }

        public static byte[] Time(long unixSeconds)
        {
            byte[] payload = new byte[8];
            HardwareToken.Core.Crypto.BigEndian.WriteInt64(unixSeconds, payload, 0);
            return payload;
        }

        /// <summary>PutSecret, the confirming press, and the replies checked: AwaitingButton then Ok.</summary>
        public void Provision(int slot, string label, byte[] secret)
        {
            Send(Opcode.PutSecret, PutPayload(slot, label, secret, 6, 30), 50);
            Single(Status.AwaitingButton);
            ConfirmPress();
            Single(Status.Ok);
        }

        /// <summary>SetTime to the true time, the confirming press, and the replies checked.</summary>
        public void SyncTime()
        {
            AlignToSecond();
            Send(Opcode.SetTime, Time(TrueUnixSeconds), 50);
            Single(Status.AwaitingButton);
            ConfirmPress();
            Run(2500);
            Single(Status.Ok);
        }
    }
}

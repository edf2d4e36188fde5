using HardwareToken.Core.App;
using HardwareToken.Core.Otp;
using HardwareToken.Core.Ports;
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
    /// <summary>
    /// The two-stage sleep policy on fake hardware: display timeout, warm window in light sleep, deep sleep after it.
    /// "Sleeping" fakes advance the clock inside the light sleep, as the chip does; the others return at once, as the
    /// emulator does.
    /// </summary>
    [TestClass]
    public class SleepPolicyScenarioTests
    {
        /// <summary>RunUntilLightSleep's step: the token fell asleep this long before it returns.</summary>
        private const int AsleepStep = 10;

        [TestMethod]
        public void APressInTheWarmWindowShowsTheCodeWithoutAReboot()
        {
            TokenHarness h = Provisioned(true);
            Assert.AreEqual((int)PowerStage.LightSleep, (int)h.App.Power.Stage);
            Assert.IsFalse(h.Platform.FakeDisplay.On);
            long uptimeBefore = h.Uptime;
            int shows = h.Platform.FakeDisplay.Shows;

            h.Platform.FakePower.WakeAfter = h.Config.WarmWindowMilliseconds - 10000;
            h.Platform.FakePower.WakeBy = WakeCause.Button;
            h.Run(50);
            Assert.IsTrue(h.App.IsAwake, "woken in the window");
            Assert.AreEqual((int)WakeCause.Button, (int)h.App.Power.LastWake);
            Assert.AreEqual(0, h.Platform.FakePower.SleepRequests, "no deep sleep, so no reboot");
            Assert.IsTrue(h.Uptime >= uptimeBefore + h.Config.WarmWindowMilliseconds - 10000, "the uptime went on: the app was not restarted");
            Assert.AreEqual((int)ScreenKind.Code, (int)h.App.Screen);
            Assert.IsTrue(h.Platform.FakeDisplay.On);
            Assert.IsTrue(h.Platform.FakeDisplay.Shows > shows);
            Assert.IsTrue(h.Platform.FakeDisplay.LastShowWhileOff, "the new frame was pushed before the panel was switched on");
            Assert.AreEqual(Expected(h.TrueUnixSeconds), h.App.Accounts.Code(0, h.App.DeviceUnixSeconds));

            // The waking press's edges may arrive late from the GPIO driver: they only wake.
            h.Platform.FakeButton.Queue(true, h.Uptime);
            h.Run(100);
            h.Platform.FakeButton.Queue(false, h.Uptime);
            h.Run(100);
            Assert.AreEqual(0, h.App.CurrentSlot, "the waking press did not switch the slot");
            h.ShortPress();
            Assert.AreEqual(1, h.App.CurrentSlot, "the next press is an ordinary one");
        }

        [TestMethod]
        public void APressEdgeInTheWarmWindowWakesATokenThatCannotSleep()
        {
            TokenHarness h = Provisioned(false);
            Assert.AreEqual((int)PowerStage.LightSleep, (int)h.App.Power.Stage);
            h.Run(h.Config.WarmWindowMilliseconds / 2);
            h.ShortPress();
            Assert.IsTrue(h.App.IsAwake);
            Assert.AreEqual((int)WakeCause.Button, (int)h.App.Power.LastWake);
            Assert.AreEqual(0, h.App.CurrentSlot, "the waking press only wakes");
            Assert.AreEqual(0, h.Platform.FakePower.SleepRequests);
        }

        [TestMethod]
        public void SerialInTheWarmWindowWakesTheTokenAndTheHostsRetryIsAnswered()
        {
            TokenHarness h = Provisioned(true);
            byte[] info = ProtocolTestKit.Request((int)Opcode.Info, 7, new byte[0]);
            byte[] tail = new byte[info.Length - 3];
            System.Array.Copy(info, 3, tail, 0, tail.Length);
            h.Platform.FakePower.WakeAfter = 20000;
            Assert.IsTrue(h.Config.WarmWindowMilliseconds > 20000);
            h.Platform.FakePower.WakeBy = WakeCause.Serial;
            h.Platform.FakePower.SerialOnWake = h.Platform.FakeSerial;
            h.Platform.FakePower.BytesOnWake = tail;
            h.Run(300);
            Assert.IsTrue(h.App.IsAwake, "the UART woke the token");
            Assert.AreEqual((int)WakeCause.Serial, (int)h.App.Power.LastWake);
            Assert.AreEqual(0, h.Replies().Length, "the request whose head was lost gets no answer");

            // The host resends after its reply timeout.
            h.Run(500);
            h.Send(Opcode.Info, new byte[0], 100);
            h.Single(Status.Ok);
            Assert.AreEqual(0, h.Platform.FakePower.SleepRequests);
        }

        [TestMethod]
        public void SerialBytesWakeATokenThatCannotSleepAndAreLostAsOnTheChip()
        {
            TokenHarness h = Provisioned(false);
            h.Send(Opcode.Info, new byte[0], 100);
            Assert.IsTrue(h.App.IsAwake);
            Assert.AreEqual((int)WakeCause.Serial, (int)h.App.Power.LastWake);
            Assert.AreEqual(0, h.Replies().Length, "the bytes that woke it are lost");
            h.Run(500);
            h.Send(Opcode.Info, new byte[0], 100);
            h.Single(Status.Ok);
        }

        [TestMethod]
        public void TheWarmWindowEndsInDeepSleep()
        {
            TokenHarness h = Provisioned(true);
            h.Run(h.Config.WarmWindowMilliseconds + 1000);
            Assert.AreEqual((int)PowerStage.DeepSleep, (int)h.App.Power.Stage);
            Assert.AreEqual(1, h.Platform.FakePower.SleepRequests);
            Assert.IsTrue(h.Platform.FakePower.LongestLightSleep <= SleepPolicy.MaxLightSleepMilliseconds, "a timer bounds every light sleep");
            Assert.IsTrue(h.Platform.FakePower.LightSleeps >= h.Config.WarmWindowMilliseconds / SleepPolicy.MaxLightSleepMilliseconds);

            // In deep sleep the UART cannot wake the chip.
            h.Send(Opcode.Info, new byte[0], 100);
            Assert.AreEqual(0, h.Replies().Length);
            Assert.IsFalse(h.App.IsAwake);
            h.ShortPress();
            Assert.IsTrue(h.App.IsAwake);
            Assert.AreEqual((int)WakeCause.Boot, (int)h.App.Power.LastWake, "a deep-sleep wake stands for a reboot");
        }

        [TestMethod]
        public void TheWarmWindowEndsEvenWhenTheUptimeStopsInLightSleep()
        {
            TokenHarness h = Provisioned(true);
            h.Platform.FakePower.UptimeStops = true;
            long trueStart = h.Platform.Time.TrueUnixMilliseconds;
            h.Run(5000);
            Assert.AreEqual((int)PowerStage.DeepSleep, (int)h.App.Power.Stage);
            long elapsed = h.Platform.Time.TrueUnixMilliseconds - trueStart;
            Assert.IsTrue(elapsed >= h.Config.WarmWindowMilliseconds, "the window was slept in full");
            Assert.IsTrue(elapsed < h.Config.WarmWindowMilliseconds + 10000, "and not much longer: " + elapsed.ToString());
        }

        [TestMethod]
        public void APressAtTheExactMomentTheWindowEndsWins()
        {
            TokenHarness h = Provisioned(false);
            long asleepAt = h.Uptime - AsleepStep;
            long end = asleepAt + h.Config.WarmWindowMilliseconds;
            h.Platform.Time.Advance(end - h.Uptime);
            h.Platform.FakeButton.Queue(true, end);
            h.App.Step();
            Assert.IsTrue(h.App.IsAwake, "the queued press is handled before the window's end is acted on");
            Assert.AreEqual(0, h.Platform.FakePower.SleepRequests);
            Assert.AreEqual((int)WakeCause.Button, (int)h.App.Power.LastWake);
        }

        [TestMethod]
        public void WithoutAPressTheWindowsLastMomentEntersDeepSleep()
        {
            TokenHarness h = Provisioned(false);
            long asleepAt = h.Uptime - AsleepStep;
            h.Platform.Time.Advance(asleepAt + h.Config.WarmWindowMilliseconds - 1 - h.Uptime);
            h.App.Step();
            Assert.AreEqual(0, h.Platform.FakePower.SleepRequests, "1 ms before the end: still light");
            h.Platform.Time.Advance(1);
            h.App.Step();
            Assert.AreEqual(1, h.Platform.FakePower.SleepRequests, "at the end: deep");
        }

        [TestMethod]
        public void APendingConfirmationNeverSleepsAndTimedOutIsVisible()
        {
            TokenHarness h = Awake(true);
            h.Run(h.Config.DisplayTimeoutMilliseconds - 1000);
            h.Send(Opcode.DeleteSlot, TokenHarness.Slot(0), 50);
            h.Single(Status.AwaitingButton);
            h.Run(h.Config.ConfirmTimeoutMilliseconds - 500);
            Assert.IsTrue(h.App.IsAwake, "a pending confirmation keeps the token awake");
            Assert.AreEqual(0, h.Platform.FakePower.LightSleeps);
            h.Run(600);
            h.Single(Status.ConfirmTimeout);
            Assert.AreEqual((int)ScreenKind.Message, (int)h.App.Screen, "TIMED OUT is on the screen");
            Assert.IsTrue(h.Platform.FakeDisplay.On, "and the panel is on");
            h.Run(2000);
            Assert.IsTrue(h.Platform.FakeDisplay.On, "for the message's whole time");
            h.Run(1000);
            Assert.IsFalse(h.App.IsAwake, "then the token sleeps");
        }

        [TestMethod]
        public void AHalfReceivedFrameNeverSleeps()
        {
            TokenHarness h = Awake(true);
            h.Run(h.Config.DisplayTimeoutMilliseconds - 300);
            byte[] info = ProtocolTestKit.Request((int)Opcode.Info, 3, new byte[0]);
            byte[] head = new byte[info.Length - 2];
            System.Array.Copy(info, 0, head, 0, head.Length);
            h.SendRaw(head, 700);
            Assert.IsTrue(h.App.IsAwake, "past the display timeout, but a frame is half-received");
            Assert.AreEqual(0, h.Platform.FakePower.LightSleeps);
            h.Run(1000);
            Assert.IsFalse(h.App.IsAwake, "the decoder dropped the stale half after its gap timeout, then the token slept");
        }

        [TestMethod]
        public void TheClockStaysRightAcrossLightSleepsWhenTheUptimeStops()
        {
            CheckClockAcrossLightSleep(true);
        }

        [TestMethod]
        public void TheClockStaysRightAcrossLightSleepsWhenTheUptimeCounts()
        {
            CheckClockAcrossLightSleep(false);
        }

        [TestMethod]
        public void DeepSleepOnlyIsOneSetting()
        {
            TokenHarness h = new TokenHarness(TokenHarness.Now, 0);
            h.Config.WarmWindowMilliseconds = 0;
            h.App = new TokenApp(h.Platform, h.Config);
            h.Platform.FakePower.Clock = h.Platform.Time;
            h.Boot();
            h.Run(h.Config.DisplayTimeoutMilliseconds + 100);
            Assert.AreEqual((int)PowerStage.DeepSleep, (int)h.App.Power.Stage);
            Assert.AreEqual(1, h.Platform.FakePower.SleepRequests);
            Assert.AreEqual(0, h.Platform.FakePower.LightSleeps);
        }

        [TestMethod]
        public void LightSleepOnlyNeverDeepSleeps()
        {
            TokenHarness h = new TokenHarness(TokenHarness.Now, 0);
            h.Config.WarmWindowMilliseconds = int.MaxValue;
            h.App = new TokenApp(h.Platform, h.Config);
            h.Platform.FakePower.Clock = h.Platform.Time;
            h.Boot();
            h.Run(h.Config.DisplayTimeoutMilliseconds + 100);
            long trueStart = h.Platform.Time.TrueUnixMilliseconds;
            for (int i = 0; i < 1000 && h.Platform.Time.TrueUnixMilliseconds - trueStart < 2 * 3600 * 1000; i++)
            {
                h.App.Step();
            }

            Assert.IsTrue(h.Platform.Time.TrueUnixMilliseconds - trueStart >= 2 * 3600 * 1000, "two hours slept");

            Assert.AreEqual((int)PowerStage.LightSleep, (int)h.App.Power.Stage);
            Assert.AreEqual(0, h.Platform.FakePower.SleepRequests);
            Assert.AreEqual(SleepPolicy.MaxLightSleepMilliseconds, h.Platform.FakePower.LongestLightSleep);
        }

        private static void CheckClockAcrossLightSleep(bool uptimeStops)
        {
            TokenHarness h = Awake(false);
            h.SyncTime();
            h.Platform.FakePower.UptimeStops = uptimeStops;
            RunUntilLightSleep(h);

            // Several sleeps of odd lengths, each crossing RTC second boundaries at a new phase.
            int[] sleeps = new int[] { 1370, 31001, 2611, 1001 };
            for (int i = 0; i < sleeps.Length; i++)
            {
                h.Platform.FakePower.Clock = h.Platform.Time;
                h.Platform.FakePower.WakeAfter = sleeps[i];
                h.Platform.FakePower.WakeBy = WakeCause.Button;
                h.App.Step();
                h.Platform.FakePower.Clock = null;
                Assert.IsTrue(h.App.IsAwake);
                long error = h.App.Clock.NowUnixMilliseconds(h.Uptime) - h.Platform.Time.TrueUnixMilliseconds;
                Assert.IsTrue(error > -1000 && error < 1000, "right to the second at once after the wake: " + error.ToString());
                h.Run(1200);
                error = h.App.Clock.NowUnixMilliseconds(h.Uptime) - h.Platform.Time.TrueUnixMilliseconds;
                Assert.IsTrue(error > -100 && error < 100, "within 100 ms once the next RTC tick is seen: " + error.ToString());
                Assert.AreEqual(Expected(h.App.DeviceUnixSeconds), h.App.Accounts.Code(0, h.App.DeviceUnixSeconds));
                RunUntilLightSleep(h);
            }
        }

        private static long RunUntilLightSleep(TokenHarness h)
        {
            while (h.App.Power.Stage != PowerStage.LightSleep)
            {
                h.App.Step();
                h.Platform.Time.Advance(AsleepStep);
            }

            return h.Uptime - AsleepStep;
        }

        /// <summary>
        /// A token with two accounts that has just entered the warm window; <paramref name="sleeps"/>: from now on its
        /// power fake really light-sleeps.
        /// </summary>
        private static TokenHarness Provisioned(bool sleeps)
        {
            TokenHarness h = Awake(false);
            RunUntilLightSleep(h);
            if (sleeps)
            {
                h.Platform.FakePower.Clock = h.Platform.Time;
            }

            return h;
        }

        /// <summary>A booted token with two accounts, on slot 0, awake; <paramref name="sleeps"/> as above.</summary>
        private static TokenHarness Awake(bool sleeps)
        {
            TokenHarness h = TokenHarness.Booted();
            if (sleeps)
            {
                h.Platform.FakePower.Clock = h.Platform.Time;
            }

            h.Provision(0, "one", TokenHarness.AwsKey());
            h.Provision(1, "two", Hex.Repeat(9, 20));
            h.Run(3000);
            h.ShortPress();
            Assert.AreEqual(0, h.App.CurrentSlot);
            return h;
        }

        private static int Expected(long unixSeconds)
        {
            OtpGenerator generator = new OtpGenerator();
            byte[] key = TokenHarness.AwsKey();
            generator.SetKey(key, 0, key.Length, 6, 30, 0);
            return generator.TotpCode(unixSeconds);
        }
    }
}

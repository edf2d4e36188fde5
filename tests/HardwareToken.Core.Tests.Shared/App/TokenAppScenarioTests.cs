using HardwareToken.Core.App;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Otp;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.Fakes;
using HardwareToken.Core.Tests.Protocol;
using HardwareToken.Core.Tests.Support;
using HardwareToken.Core.Time;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.App
{
    /// <summary>The token as a whole, on fake hardware: boot, provisioning, button, screens, sleep, clock.</summary>
    [TestClass]
    public class TokenAppScenarioTests
    {
        [TestMethod]
        public void FirstBootWithAFreshClockAsksForTheTime()
        {
            TokenHarness h = new TokenHarness(0, 0);
            h.Boot();
            Assert.AreEqual((int)ScreenKind.SetTime, (int)h.App.Screen);
            Assert.IsTrue(h.Platform.FakeDisplay.On);
            Assert.AreEqual((int)h.Config.DisplayContrast, (int)h.Platform.FakeDisplay.Contrast);
            h.Send(Opcode.Info, new byte[0], 50);
            Reply info = h.Single(Status.Ok);
            Assert.AreEqual(0, (int)info.Body[2], "slots used");
            Assert.AreEqual(0, info.Body[3] & 1, "clock flag");
        }

        [TestMethod]
        public void FirstBootWithTheTimeSaysNoAccounts()
        {
            TokenHarness h = TokenHarness.Booted();
            Assert.AreEqual((int)ScreenKind.NoAccounts, (int)h.App.Screen);
        }

        [TestMethod]
        public void ProvisionedSecretShowsTheRightCodeAndSurvivesAReboot()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Provision(0, "AWS root", TokenHarness.AwsKey());
            Assert.AreEqual((int)ScreenKind.Message, (int)h.App.Screen);
            h.Run(3000);
            Assert.AreEqual((int)ScreenKind.Code, (int)h.App.Screen);
            Assert.AreEqual(Expected(h.TrueUnixSeconds), h.App.Accounts.Code(0, h.App.DeviceUnixSeconds));

            h.Reboot();
            Assert.AreEqual((int)ScreenKind.Code, (int)h.App.Screen);
            Assert.AreEqual("AWS root", h.App.Accounts.GetLabel(0));
            Assert.AreEqual(Expected(h.TrueUnixSeconds), h.App.Accounts.Code(0, h.App.DeviceUnixSeconds));
        }

        [TestMethod]
        public void NothingChangesWithoutThePress()
        {
            TokenHarness h = TokenHarness.Booted();
            int writes = h.Platform.FakeStorage.WriteCount;
            int sequence = h.Send(Opcode.PutSecret, TokenHarness.PutPayload(0, "AWS", TokenHarness.AwsKey(), 6, 30), 50);
            Reply awaiting = h.Single(Status.AwaitingButton);
            Assert.AreEqual(30, (int)awaiting.Body[0]);
            Assert.AreEqual((int)ScreenKind.Confirm, (int)h.App.Screen);
            h.Run(29000);
            Assert.AreEqual(0, h.Replies().Length, "still waiting at 29 s");
            h.Run(1500);
            Reply timeout = h.Single(Status.ConfirmTimeout);
            Assert.AreEqual(sequence, timeout.Sequence);
            Assert.AreEqual(0, h.App.Accounts.UsedCount);
            Assert.AreEqual(writes, h.Platform.FakeStorage.WriteCount, "storage untouched");
        }

        [TestMethod]
        public void ALongPressDeclines()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Send(Opcode.PutSecret, TokenHarness.PutPayload(0, "AWS", TokenHarness.AwsKey(), 6, 30), 50);
            h.Single(Status.AwaitingButton);
            h.DeclinePress();
            h.Single(Status.NotConfirmed);
            Assert.AreEqual(0, h.App.Accounts.UsedCount);
        }

        [TestMethod]
        public void AnotherRequestWhileWaitingIsBusy()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Send(Opcode.WipeAll, new byte[0], 50);
            h.Single(Status.AwaitingButton);
            h.Send(Opcode.Info, new byte[0], 50);
            h.Single(Status.Busy);
            h.ConfirmPress();
            h.Single(Status.Ok);
        }

        [TestMethod]
        public void ShortPressCyclesThroughUsedSlots()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Provision(1, "first", TokenHarness.AwsKey());
            h.Provision(5, "second", Hex.Repeat(7, 20));
            h.Run(3000);
            Assert.AreEqual(5, h.App.CurrentSlot, "the slot just written is shown");
            h.ShortPress();
            Assert.AreEqual(1, h.App.CurrentSlot);
            h.ShortPress();
            Assert.AreEqual(5, h.App.CurrentSlot);
        }

        [TestMethod]
        public void TheScreenRollsToTheNextCodeAtTheStepBoundary()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Provision(0, "AWS", TokenHarness.AwsKey());
            h.Run(3000);
            long toBoundary = 30000 - (h.Platform.Time.TrueUnixMilliseconds % 30000);
            h.Run(toBoundary - 300); // 300 ms before the boundary
            byte[] before = h.Platform.FakeDisplay.Snapshot();
            int codeBefore = Expected(h.TrueUnixSeconds);
            h.Run(600);
            Assert.AreNotEqual(codeBefore, Expected(h.TrueUnixSeconds), "a new step began");
            Assert.IsFalse(h.Platform.FakeDisplay.IsShowing(before), "the display shows the new code");
            Assert.AreEqual(Expected(h.TrueUnixSeconds), h.App.Accounts.Code(0, h.App.DeviceUnixSeconds));
        }

        [TestMethod]
        public void TheDisplayTimesOutThenSleepsAndAPressWakesWithoutSwitching()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Provision(0, "one", TokenHarness.AwsKey());
            h.Provision(1, "two", Hex.Repeat(9, 20));
            h.Run(h.Config.DisplayTimeoutMilliseconds + 100);
            Assert.IsFalse(h.App.IsAwake);
            Assert.IsFalse(h.Platform.FakeDisplay.On);
            Assert.AreEqual((int)PowerStage.LightSleep, (int)h.App.Power.Stage, "first the warm window");
            h.Run(h.Config.WarmWindowMilliseconds);
            Assert.AreEqual(1, h.Platform.FakePower.SleepRequests, "then deep sleep");
            h.ShortPress();
            Assert.IsTrue(h.App.IsAwake);
            Assert.IsTrue(h.Platform.FakeDisplay.On);
            Assert.AreEqual(1, h.App.CurrentSlot, "the waking press only wakes");
        }

        [TestMethod]
        public void SerialBytesWhileAsleepAreDropped()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Run(h.Config.DisplayTimeoutMilliseconds + 100);
            h.Send(Opcode.Info, new byte[0], 100);
            Assert.AreEqual(0, h.Replies().Length);
            h.ShortPress();
            h.Send(Opcode.Info, new byte[0], 100);
            h.Single(Status.Ok);
        }

        [TestMethod]
        public void SerialTrafficKeepsTheTokenAwake()
        {
            TokenHarness h = TokenHarness.Booted();
            for (int i = 0; i < 5; i++)
            {
                h.Run(h.Config.DisplayTimeoutMilliseconds - 5000);
                h.Send(Opcode.Info, new byte[0], 50);
                h.Single(Status.Ok);
            }

            Assert.IsTrue(h.App.IsAwake);
        }

        [TestMethod]
        public void AStoppedClockNeverShowsACode()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Provision(0, "AWS", TokenHarness.AwsKey());
            h.Platform.FakeRtc.Halted = true;
            h.Run(3000);
            Assert.AreEqual((int)ScreenKind.SetTime, (int)h.App.Screen);
            h.Send(Opcode.Verify, TokenHarness.Slot(0), 50);
            h.Single(Status.ClockNotSet);
        }

        [TestMethod]
        public void SetTimeShowsTheJumpAndAppliesItOnlyAfterThePress()
        {
            TokenHarness h = new TokenHarness(TokenHarness.Now - 3600, 0);
            h.Boot();
            h.AlignToSecond();
            h.Send(Opcode.SetTime, TokenHarness.Time(h.TrueUnixSeconds), 50);
            Reply awaiting = h.Single(Status.AwaitingButton);
            Assert.AreEqual(1, awaiting.Body[1] & 1, "clock was set");
            long device = BigEndian.ReadInt64(awaiting.Body, 2);
            Assert.IsTrue(h.TrueUnixSeconds - device >= 3599 && h.TrueUnixSeconds - device <= 3601, "old time in the interim reply");
            Assert.AreEqual(0, h.Platform.FakeRtc.Writes, "nothing written before the press");
            h.Run(10000);
            h.ShortPress();
            h.Run(2500);
            h.Single(Status.Ok);
            long error = h.App.Clock.NowUnixMilliseconds(h.Uptime) - h.Platform.Time.TrueUnixMilliseconds;
            Assert.IsTrue(error > -100 && error < 100, "token within 100 ms of UTC after the sync: " + error.ToString());
            Assert.AreEqual(0, h.Platform.FakeRtc.Writes, "a running RTC is never written: the sync is one atomic save");
            h.Reboot();
            error = h.App.Clock.NowUnixMilliseconds(h.Uptime) - h.Platform.Time.TrueUnixMilliseconds;
            Assert.IsTrue(error > -1000 && error < 1000, "the offset is stored: " + error.ToString());
        }

        [TestMethod]
        public void AStoppedClockIsWrittenOnlyAfterItsStaleOffsetIsForgotten()
        {
            TokenHarness h = new TokenHarness(TokenHarness.Now - 600, 0);
            h.Boot();
            h.SyncTime();
            Assert.IsTrue(h.App.Clock.RtcOffsetMilliseconds > 590000, "a running RTC 10 min slow: offset recorded");
            h.Platform.FakeRtc.Halted = true;
            h.Run(200);
            Assert.AreEqual((int)ScreenKind.SetTime, (int)h.App.Screen);
            h.Reboot();
            Assert.AreEqual(0L, h.App.Clock.RtcOffsetMilliseconds, "the stale offset was forgotten durably");
            Assert.AreEqual(0L, h.App.Clock.LastSyncUnixSeconds);
            h.SyncTime();
            Assert.AreEqual(1, h.Platform.FakeRtc.Writes, "the stopped RTC itself is written");
            long error = h.Platform.FakeRtc.RtcMilliseconds - h.Platform.Time.TrueUnixMilliseconds;
            Assert.IsTrue(error > -100 && error < 100, "RTC on UTC: " + error.ToString());
            Assert.AreEqual(0L, h.App.Clock.RtcOffsetMilliseconds);
        }

        [TestMethod]
        public void SetTimeBeforeTheFirmwareBuildIsRefusedAtOnce()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Send(Opcode.SetTime, TokenHarness.Time(TokenHarness.Build - 1), 50);
            Reply r = h.Single(Status.BadArgument);
            Assert.AreEqual((int)StatusDetail.TimeOutOfRange, r.Detail);
            Assert.AreNotEqual((int)ScreenKind.Confirm, (int)h.App.Screen);
        }

        [TestMethod]
        public void TwoSyncsAWeekApartMeasureTheDrift()
        {
            TokenHarness h = new TokenHarness(TokenHarness.Now, 20000);
            h.Boot();
            h.SyncTime();
            h.Run(h.Config.DisplayTimeoutMilliseconds + 100);
            h.Platform.Time.Advance(7L * 86400000);
            h.ShortPress();
            h.Run(1500);
            h.SyncTime();
            Assert.AreEqual((int)CalibrationOutcome.Updated, (int)h.App.Clock.LastOutcome);
            int ppb = h.App.Clock.DriftPartsPerBillion;
            Assert.IsTrue(ppb > 19700 && ppb < 20300, "measured " + ppb.ToString() + " ppb for 20 ppm");
            h.Send(Opcode.Info, new byte[0], 50);
            Reply info = h.Single(Status.Ok);
            Assert.AreEqual(ppb, (int)BigEndian.ReadUInt32(info.Body, 20), "Info reports the drift");
            Assert.AreEqual(2, (int)BigEndian.ReadUInt32(info.Body, 24), "sync count");

            h.Reboot();
            Assert.AreEqual(ppb, h.App.Clock.DriftPartsPerBillion, "the trim is stored");
        }

        [TestMethod]
        public void VerifyIsAllowedOnlyRightAfterAConfirmedWrite()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Send(Opcode.Verify, TokenHarness.Slot(0), 50);
            h.Single(Status.NotAllowed);
            h.Provision(0, "AWS", TokenHarness.AwsKey());
            h.Send(Opcode.Verify, TokenHarness.Slot(0), 50);
            Reply v = h.Single(Status.Ok);
            Assert.AreEqual(0, (int)v.Body[0]);
            Assert.AreEqual(6, (int)v.Body[1]);
            long deviceTime = BigEndian.ReadInt64(v.Body, 6);
            Assert.AreEqual(Expected(deviceTime), (int)BigEndian.ReadUInt32(v.Body, 2));
            h.Send(Opcode.Verify, TokenHarness.Slot(1), 50);
            h.Single(Status.NotAllowed);
            h.Run(61000);
            h.ShortPress(); // the display timed out meanwhile: wake the token
            h.Send(Opcode.Verify, TokenHarness.Slot(0), 50);
            h.Single(Status.NotAllowed);
        }

        [TestMethod]
        public void DeleteAndWipeNeedThePress()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Provision(0, "one", TokenHarness.AwsKey());
            h.Provision(1, "two", Hex.Repeat(3, 20));
            h.Send(Opcode.DeleteSlot, TokenHarness.Slot(2), 50);
            Assert.AreEqual((int)StatusDetail.SlotEmpty, h.Single(Status.BadArgument).Detail);
            h.Send(Opcode.DeleteSlot, TokenHarness.Slot(0), 50);
            h.Single(Status.AwaitingButton);
            h.ConfirmPress();
            h.Single(Status.Ok);
            Assert.IsFalse(h.App.Accounts.IsUsed(0));
            Assert.IsTrue(h.App.Accounts.IsUsed(1));
            h.Send(Opcode.WipeAll, new byte[0], 50);
            h.Single(Status.AwaitingButton);
            h.DeclinePress();
            h.Single(Status.NotConfirmed);
            Assert.AreEqual(1, h.App.Accounts.UsedCount);
            h.Send(Opcode.WipeAll, new byte[0], 50);
            h.Single(Status.AwaitingButton);
            h.ConfirmPress();
            h.Single(Status.Ok);
            Assert.AreEqual(0, h.App.Accounts.UsedCount);
            h.Reboot();
            Assert.AreEqual(0, h.App.Accounts.UsedCount);
        }

        [TestMethod]
        public void EveryMalformedFrameGetsItsAnswerAndChangesNothing()
        {
            TokenHarness h = TokenHarness.Booted();
            int writes = h.Platform.FakeStorage.WriteCount;

            byte[] bad = ProtocolTestKit.Request((int)Opcode.Info, 1, new byte[0]);
            bad[bad.Length - 1] ^= 0x01;
            h.SendRaw(bad, 50);
            h.Single(Status.BadCrc);

            h.SendRaw(ProtocolTestKit.RawFrame(1, (int)Opcode.Info, 2, 200, new byte[0]), 50);
            Assert.AreEqual((int)StatusDetail.FrameTooLong, h.Single(Status.BadFrame).Detail);
            h.Run(1100);

            h.SendRaw(ProtocolTestKit.RawFrame(2, (int)Opcode.Info, 3, 0, new byte[0]), 50);
            h.Single(Status.UnsupportedVersion);

            h.Send((Opcode)0x42, new byte[0], 50);
            h.Single(Status.UnknownCommand);

            h.Send(Opcode.Info, new byte[] { 1 }, 50);
            Assert.AreEqual((int)StatusDetail.PayloadLength, h.Single(Status.BadArgument).Detail);

            h.Send(Opcode.PutSecret, TokenHarness.PutPayload(8, "x", TokenHarness.AwsKey(), 6, 30), 50);
            Assert.AreEqual((int)StatusDetail.SlotOutOfRange, h.Single(Status.BadArgument).Detail);
            h.Send(Opcode.PutSecret, TokenHarness.PutPayload(0, "x", new byte[65], 6, 30), 50);
            Assert.AreEqual((int)StatusDetail.SecretTooLong, h.Single(Status.BadArgument).Detail);
            h.Send(Opcode.PutSecret, TokenHarness.PutPayload(0, "x", TokenHarness.AwsKey(), 7, 30), 50);
            Assert.AreEqual((int)StatusDetail.DigitsUnsupported, h.Single(Status.BadArgument).Detail);

            h.SendRaw(new byte[] { 1, 2, 3, 0xA5, 7, 7, 7 }, 50);
            Assert.AreEqual(0, h.Replies().Length, "garbage gets no reply");

            byte[] truncated = ProtocolTestKit.Request((int)Opcode.Info, 9, new byte[0]);
            h.SendRaw(ProtocolTestKit.Slice(truncated, 0, 5), 1500);
            Assert.AreEqual(0, h.Replies().Length, "a truncated frame times out silently");

            h.Send(Opcode.Info, new byte[0], 50);
            h.Single(Status.Ok);
            Assert.AreEqual(writes, h.Platform.FakeStorage.WriteCount, "storage untouched");
            Assert.AreEqual(0, h.App.Accounts.UsedCount);
        }

        [TestMethod]
        public void NoReplyEverCarriesTheSecret()
        {
            TokenHarness h = TokenHarness.Booted();
            byte[] key = TokenHarness.AwsKey();
            h.Send(Opcode.PutSecret, TokenHarness.PutPayload(0, "AWS", key, 6, 30), 50);
            byte[] all = h.Platform.FakeSerial.TakeSent();
            h.ShortPress();
            all = ProtocolTestKit.Concat(all, h.Platform.FakeSerial.TakeSent());
            h.Send(Opcode.ListSlots, new byte[0], 50);
            h.Send(Opcode.Info, new byte[0], 50);
            h.Send(Opcode.Verify, TokenHarness.Slot(0), 50);
            all = ProtocolTestKit.Concat(all, h.Platform.FakeSerial.TakeSent());
            for (int start = 0; start + 4 <= key.Length; start++)
            {
                for (int i = 0; i + 4 <= all.Length; i++)
                {
                    bool match = all[i] == key[start] && all[i + 1] == key[start + 1] && all[i + 2] == key[start + 2] && all[i + 3] == key[start + 3];
                    Assert.IsFalse(match, "4 key bytes from offset " + start.ToString() + " appear in the replies at " + i.ToString());
                }
            }
        }

        [TestMethod]
        public void APowerCutDuringProvisioningLeavesOldOrNew()
        {
            int stride = 1;
#if NANOFRAMEWORK_1_0
            stride = 97;
#endif
            byte[] key = TokenHarness.AwsKey();
            int tried = 0;
            for (int cut = 0; cut <= 2048; cut += stride)
            {
                MemoryStorage storage = new MemoryStorage(2048);
                TokenHarness h = new TokenHarness(TokenHarness.Now, 0, storage);
                h.Boot();
                h.Provision(0, "old", Hex.Repeat(5, 20));
                storage.CutAfterBytes(cut, cut & 0xFF);
                h.Send(Opcode.PutSecret, TokenHarness.PutPayload(0, "new", key, 6, 30), 50);
                h.ShortPress();
                storage.Disarm();
                h.Replies();
                h.Reboot();
                Assert.AreEqual(1, h.App.Accounts.UsedCount, "cut at " + cut.ToString());
                string label = h.App.Accounts.GetLabel(0);
                Assert.IsTrue(label == "old" || label == "new", "cut at " + cut.ToString() + ": " + label);
                tried++;
            }

            Assert.IsTrue(tried > 20);
        }

        [TestMethod]
        public void LongPressOnTheCodeShowsClockInfo()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Provision(0, "AWS", TokenHarness.AwsKey());
            h.Run(3000);
            h.LongPress();
            Assert.AreEqual((int)ScreenKind.Info, (int)h.App.Screen);
            h.ShortPress();
            Assert.AreEqual((int)ScreenKind.Code, (int)h.App.Screen);
            Assert.AreEqual(0, h.App.CurrentSlot);
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

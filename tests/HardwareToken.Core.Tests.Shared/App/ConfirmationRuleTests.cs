using HardwareToken.Core.App;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.Fakes;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.App
{
    /// <summary>
    /// A press confirms only after the confirm screen has been on the panel for the minimum time (0.5 s): an earlier
    /// press is ignored and the screen says so. The minimum is also the margin for the ESP32's late button stamps.
    /// </summary>
    [TestClass]
    public class ConfirmationRuleTests
    {
        [TestMethod]
        public void AnEarlyPressIsIgnoredAndTheScreenSaysSo()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Send(Opcode.PutSecret, TokenHarness.PutPayload(0, "AWS", TokenHarness.AwsKey(), 6, 30), 50);
            h.Single(Status.AwaitingButton);
            byte[] confirm = h.Platform.FakeDisplay.Snapshot();
            h.ShortPress();
            Assert.AreEqual(0, h.Replies().Length, "an early press confirms nothing");
            Assert.AreEqual((int)ScreenKind.Confirm, (int)h.App.Screen);
            Assert.IsFalse(h.Platform.FakeDisplay.IsShowing(confirm), "the screen says the press was too early");
            h.Run(2500);
            Assert.AreEqual(0, h.App.Accounts.UsedCount);
            h.ShortPress();
            h.Single(Status.Ok);
            Assert.AreEqual(1, h.App.Accounts.UsedCount, "a press after the minimum confirms");
        }

        [TestMethod]
        public void ThePressMustBeginAtLeastTheMinimumAfterTheScreenAppeared()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Platform.FakeSerial.HostSends(Request(Opcode.WipeAll, 1, new byte[0]));
            h.App.Step();
            long shownAt = h.Uptime;
            h.Single(Status.AwaitingButton);
            int minimum = h.Config.ConfirmMinimumVisibleMilliseconds;

            PressAt(h, shownAt + minimum - 1);
            Assert.AreEqual(0, h.Replies().Length, "1 ms too early");

            PressAt(h, h.Uptime + 10);
            h.Single(Status.Ok);
        }

        [TestMethod]
        public void APressStampedLateButBegunBeforeTheScreenIsIgnored()
        {
            // The ESP32 stamps an edge when the CLR dispatches it: after the debounce and any blocking call. A press
            // begun just before the screen appeared can carry a stamp after it; the minimum absorbs that.
            TokenHarness h = TokenHarness.Booted();
            h.Platform.FakeSerial.HostSends(Request(Opcode.WipeAll, 1, new byte[0]));
            h.App.Step();
            long shownAt = h.Uptime;
            h.Single(Status.AwaitingButton);
            PressAt(h, shownAt + 150);
            Assert.AreEqual(0, h.Replies().Length);
            Assert.AreEqual((int)ScreenKind.Confirm, (int)h.App.Screen);
        }

        [TestMethod]
        public void AnEarlyLongPressDoesNotDeclineEither()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Send(Opcode.WipeAll, new byte[0], 50);
            h.Single(Status.AwaitingButton);
            h.LongPress();
            Assert.AreEqual(0, h.Replies().Length);
            h.DeclinePress();
            h.Single(Status.NotConfirmed);
        }

        [TestMethod]
        public void APressHeldWhenTheRequestArrivedNeverCounts()
        {
            TokenHarness h = TokenHarness.Booted();
            h.Platform.FakeButton.Queue(true, h.Uptime);
            h.Run(50);
            h.Send(Opcode.WipeAll, new byte[0], 1000);
            h.Single(Status.AwaitingButton);
            h.Platform.FakeButton.Queue(false, h.Uptime);
            h.Run(60);
            Assert.AreEqual(0, h.Replies().Length);
            h.ConfirmPress();
            h.Single(Status.Ok);
        }

        private static void PressAt(TokenHarness h, long at)
        {
            h.Platform.Time.Advance(at - h.Uptime);
            h.Platform.FakeButton.Queue(true, at);
            h.Run(120);
            h.Platform.FakeButton.Queue(false, h.Uptime);
            h.Run(60);
        }

        private static byte[] Request(Opcode opcode, int sequence, byte[] payload)
        {
            return HardwareToken.Core.Tests.Protocol.ProtocolTestKit.Request((int)opcode, sequence, payload);
        }
    }
}

using HardwareToken.Core.Accounts;
using HardwareToken.Core.App;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.App;
using HardwareToken.Core.Tests.Protocol;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Accounts
{
    /// <summary>
    /// A label holding a NUL (0x00) is not printable ASCII and must be refused. nanoFramework strings cannot hold
    /// U+0000 (they are stored zero-terminated: "nul\u0000" arrives as "nul"), so the rule is tested here through
    /// what the device really receives, the bytes of a PutSecret frame, on both runtimes (docs/testing.md,
    /// "Runtime differences").
    /// </summary>
    [TestClass]
    public class NulInLabelTests
    {
        [TestMethod]
        public void ANulByteAnywhereInTheLabelBytesIsRefused()
        {
            for (int at = 0; at < 4; at++)
            {
                byte[] label = Hex.Ascii("nul!");
                label[at] = 0x00;
                Assert.AreEqual((int)AccountError.LabelNotPrintableAscii, (int)AccountRules.CheckLabel(label, 0, label.Length), "NUL at " + at.ToString());
            }

            Assert.AreEqual((int)AccountError.LabelNotPrintableAscii, (int)AccountRules.CheckLabel(new byte[] { 0 }, 0, 1), "a lone NUL");
        }

        [TestMethod]
        public void APutSecretFrameWithANulInTheLabelIsRefusedAndStoresNothing()
        {
            TokenHarness h = TokenHarness.Booted();
            int writes = h.Platform.FakeStorage.WriteCount;
            byte[] label = Hex.Ascii("nul\u0001");
            label[3] = 0x00;
            h.Send(Opcode.PutSecret, ProtocolTestKit.PutSecretPayload(0, 6, 30, label, TokenHarness.AwsKey()), 50);
            Reply reply = h.Single(Status.BadArgument);
            Assert.AreEqual((int)StatusDetail.LabelNotPrintableAscii, reply.Detail, "detail");
            Assert.AreEqual(0, h.App.Accounts.UsedCount, "no account");
            Assert.AreEqual(writes, h.Platform.FakeStorage.WriteCount, "storage untouched");
            Assert.IsFalse(h.App.Screen == ScreenKind.Confirm, "no confirmation asked");
        }

        [TestMethod]
        public void TheSameLabelWithoutTheNulIsAccepted()
        {
            // The control case: only the NUL byte makes the frame above bad.
            TokenHarness h = TokenHarness.Booted();
            h.Send(Opcode.PutSecret, ProtocolTestKit.PutSecretPayload(0, 6, 30, Hex.Ascii("nul"), TokenHarness.AwsKey()), 50);
            h.Single(Status.AwaitingButton);
        }
    }
}

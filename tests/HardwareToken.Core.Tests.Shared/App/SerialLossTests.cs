using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.Protocol;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.App
{
    /// <summary>
    /// Bytes lost mid-frame (the ESP32's serial ring drops what does not fit, silently): the damaged request is
    /// never executed, nothing is stored, and the next request after the inter-byte time-out is answered normally.
    /// </summary>
    [TestClass]
    public class SerialLossTests
    {
        [TestMethod]
        public void ARequestWithBytesLostInTheMiddleIsDroppedAndTheNextOneAnswered()
        {
            TokenHarness h = TokenHarness.Booted();
            int writes = h.Platform.FakeStorage.WriteCount;
            byte[] damaged = WithoutMiddleBytes(PutSecretRequest(5), 20);

            h.SendRaw(damaged, 1100); // the decoder waits for the missing bytes, then drops the frame after 1 s
            Assert.AreEqual(0, h.Replies().Length, "nothing answered for a frame that never completed");
            AssertNothingStored(h, writes);

            h.Send(Opcode.Info, new byte[0], 50);
            h.Single(Status.Ok);
        }

        [TestMethod]
        public void ALossFollowedAtOnceByTheNextRequestNeverExecutesEitherWrongly()
        {
            // A host that retries at once: the damaged frame's length swallows the start of the retry.
            TokenHarness h = TokenHarness.Booted();
            int writes = h.Platform.FakeStorage.WriteCount;
            byte[] damaged = WithoutMiddleBytes(PutSecretRequest(6), 20);
            byte[] retry = PutSecretRequest(7);
            byte[] both = new byte[damaged.Length + retry.Length];
            System.Array.Copy(damaged, 0, both, 0, damaged.Length);
            System.Array.Copy(retry, 0, both, damaged.Length, retry.Length);

            h.SendRaw(both, 1100);
            Reply[] replies = h.Replies();
            for (int i = 0; i < replies.Length; i++)
            {
                Assert.AreEqual((int)Status.BadCrc, (int)replies[i].Status, "only a CRC error may come back, reply " + i.ToString());
            }

            AssertNothingStored(h, writes);
            h.Send(Opcode.Info, new byte[0], 50);
            h.Single(Status.Ok);
        }

        [TestMethod]
        public void EveryLossPositionInARequestIsRejectedOrIgnored()
        {
            byte[] request = PutSecretRequest(9);
            for (int lost = 1; lost < request.Length - 1; lost += 7)
            {
                TokenHarness h = TokenHarness.Booted();
                int writes = h.Platform.FakeStorage.WriteCount;
                byte[] damaged = new byte[request.Length - 1];
                System.Array.Copy(request, 0, damaged, 0, lost);
                System.Array.Copy(request, lost + 1, damaged, lost, request.Length - lost - 1);
                h.SendRaw(damaged, 1100);
                Reply[] replies = h.Replies();
                for (int i = 0; i < replies.Length; i++)
                {
                    Assert.IsTrue(replies[i].Status != Status.Ok && replies[i].Status != Status.AwaitingButton,
                        "byte " + lost.ToString() + " lost: the request was accepted");
                }

                AssertNothingStored(h, writes);
                h.Send(Opcode.Info, new byte[0], 50);
                h.Single(Status.Ok);
            }
        }

        private static byte[] PutSecretRequest(int sequence)
        {
            return ProtocolTestKit.Request((int)Opcode.PutSecret, sequence, TokenHarness.PutPayload(0, "aws-root", TokenHarness.AwsKey(), 6, 30));
        }

        private static byte[] WithoutMiddleBytes(byte[] frame, int count)
        {
            int start = (frame.Length - count) / 2;
            byte[] damaged = new byte[frame.Length - count];
            System.Array.Copy(frame, 0, damaged, 0, start);
            System.Array.Copy(frame, start + count, damaged, start, frame.Length - start - count);
            return damaged;
        }

        private static void AssertNothingStored(TokenHarness h, int writesBefore)
        {
            Assert.AreEqual(writesBefore, h.Platform.FakeStorage.WriteCount, "storage written");
            Assert.AreEqual(0, h.App.Accounts.UsedCount, "an account appeared");
        }
    }
}

using System;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace HardwareToken.Core.Tests
{
    /// <summary>
    /// Desktop-only, so not among the shared tests (nanoFramework has no allocation counter, and its GC.Run reports
    /// free memory only after collecting): decoding frames and writing responses allocate nothing after construction.
    /// </summary>
    [TestClass]
    public class ProtocolAllocationTests
    {
        [TestMethod]
        public void DecodingAndRespondingDoNotAllocate()
        {
            FrameDecoder decoder = new FrameDecoder();
            ResponseWriter writer = new ResponseWriter();
            byte[] request = ProtocolTestKit.Request((int)Opcode.PutSecret, 1, ProtocolTestKit.PutSecretPayload(1, 6, 30, new byte[] { 0x41 }, new byte[40]));
            byte[] garbage = new byte[] { 0, 1, 0xA5, 2, 0xA5, 0x5A, 1, 1, 1, 0xFF };
            char[] label = new char[12];
            byte[] secret = new byte[64];
            byte[] fingerprint = new byte[4];
            Run(decoder, writer, request, garbage, label, secret, fingerprint, 0); // warm up (JIT, statics)

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 1; i <= 50; i++)
            {
                Run(decoder, writer, request, garbage, label, secret, fingerprint, i * 2000L);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(0L, allocated, "bytes allocated on the hot path");
        }

        private static void Run(FrameDecoder decoder, ResponseWriter writer, byte[] request, byte[] garbage, char[] label, byte[] secret, byte[] fingerprint, long now)
        {
            for (int i = 0; i < garbage.Length; i++)
            {
                decoder.Feed(garbage[i], now);
            }

            writer.WriteFrameError(decoder);
            now += 1001;
            FeedResult result = FeedResult.None;
            for (int i = 0; i < request.Length; i++)
            {
                result = decoder.Feed(request[i], now);
            }

            Assert.AreEqual(FeedResult.FrameReady, result);
            int slot, digits, period, labelLength, secretLength;
            byte detail;
            RequestReader.TryReadPutSecret(decoder.Payload, decoder.PayloadLength, out slot, out digits, out period, label, out labelLength, secret, out secretLength, out detail);
            writer.WriteAwaitingButton(decoder.Sequence, Opcode.PutSecret, 30);
            writer.WriteAwaitingSetTime(1, 30, true, 1767225600);
            writer.WriteStatus(decoder.Sequence, Opcode.PutSecret, Status.Ok, StatusDetail.None);
            writer.WriteInfo(1, "1.0.0", 8, 1, true, 1767225600, 1767225600, -12, 3);
            writer.BeginSlotList(2);
            writer.AddSlot(slot, "AWS root", digits, period, fingerprint, 0);
            writer.AddSlot(7, label, labelLength, digits, period, fingerprint, 0);
            writer.EndSlotList();
            writer.WriteVerify(3, 1, 123456, 6, 1767225600, 12);
        }
    }
}

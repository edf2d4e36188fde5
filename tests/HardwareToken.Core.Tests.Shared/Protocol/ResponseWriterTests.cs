using System;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Protocol
{
    /// <summary>Response layouts of docs/protocol.md §6, checked byte by byte through the decoder.</summary>
    [TestClass]
    public class ResponseWriterTests
    {
        [TestMethod]
        public void StatusResponseMatchesKnownBytes()
        {
            ResponseWriter writer = new ResponseWriter();
            int length = writer.WriteStatus(7, Opcode.DeleteSlot, Status.NotConfirmed, StatusDetail.None);
            Assert.AreEqual("a55a018407022200b6f1ef78", Hex.Encode(writer.Buffer, 0, length));
        }

        [TestMethod]
        public void StatusResponsesEchoOpcodeAndSequenceForEveryStatus()
        {
            ResponseWriter writer = new ResponseWriter();
            byte[] statuses = new byte[] { 0x00, 0x10, 0x11, 0x12, 0x13, 0x14, 0x20, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26 };
            for (int i = 0; i < statuses.Length; i++)
            {
                int length = writer.WriteStatus(200 + i, Opcode.PutSecret, (Status)statuses[i], (byte)(i + 1));
                Assert.AreEqual(FrameFormat.Overhead + 2, length, "two-byte payload");
                FrameDecoder decoder = ProtocolTestKit.Decode(writer.Buffer, length);
                Assert.AreEqual(0x83, decoder.RawOpcode, "response flag set");
                Assert.AreEqual(200 + i, decoder.Sequence, "sequence echoed");
                Assert.AreEqual((int)statuses[i], (int)decoder.Payload[0], "status");
                Assert.AreEqual(i + 1, (int)decoder.Payload[1], "detail");
            }
        }

        [TestMethod]
        public void RawOpcodeOverloadKeepsUnknownOpcodes()
        {
            ResponseWriter writer = new ResponseWriter();
            int length = writer.WriteStatus(1, 0x4E, Status.UnknownCommand, StatusDetail.None);
            FrameDecoder decoder = ProtocolTestKit.Decode(writer.Buffer, length);
            Assert.AreEqual(0xCE, decoder.RawOpcode, "0x4E | 0x80");
            Assert.AreEqual((int)Status.UnknownCommand, (int)decoder.Payload[0], "status");
        }

        [TestMethod]
        public void AwaitingButtonCarriesTheSecondsToWait()
        {
            ResponseWriter writer = new ResponseWriter();
            int length = writer.WriteAwaitingButton(11, Opcode.WipeAll, ProtocolLimits.ConfirmSeconds);
            FrameDecoder decoder = ProtocolTestKit.Decode(writer.Buffer, length);
            Assert.AreEqual(0x85, decoder.RawOpcode, "opcode");
            Assert.AreEqual(3, decoder.PayloadLength, "status, detail, seconds");
            Assert.AreEqual((int)Status.AwaitingButton, (int)decoder.Payload[0], "status");
            Assert.AreEqual(30, (int)decoder.Payload[2], "seconds");
        }

        [TestMethod]
        public void AwaitingSetTimeCarriesTheCurrentClock()
        {
            ResponseWriter writer = new ResponseWriter();
            int length = writer.WriteAwaitingSetTime(12, 30, true, 1767225600);
            FrameDecoder decoder = ProtocolTestKit.Decode(writer.Buffer, length);
            Assert.AreEqual(0x86, decoder.RawOpcode, "opcode");
            Assert.AreEqual("01001e01000000006955b900", Hex.Encode(decoder.Payload, 0, decoder.PayloadLength), "status, detail, seconds, set, time");

            length = writer.WriteAwaitingSetTime(12, 30, false, 123456);
            decoder = ProtocolTestKit.Decode(writer.Buffer, length);
            Assert.AreEqual("01001e000000000000000000", Hex.Encode(decoder.Payload, 0, decoder.PayloadLength), "not set: flag and time zero");
        }

        [TestMethod]
        public void AwaitingButtonForSetTimeIsACallerBug()
        {
            ResponseWriter writer = new ResponseWriter();
            Check.Throws(typeof(ArgumentException), delegate { writer.WriteAwaitingButton(1, Opcode.SetTime, 30); }, "SetTime needs the clock");
            Check.Throws(typeof(ArgumentOutOfRangeException), delegate { writer.WriteAwaitingButton(1, Opcode.PutSecret, 256); }, "seconds over a byte");
            Check.Throws(typeof(ArgumentOutOfRangeException), delegate { writer.WriteStatus(256, Opcode.Info, Status.Ok, 0); }, "sequence over a byte");
        }

        [TestMethod]
        public void InfoLayout()
        {
            ResponseWriter writer = new ResponseWriter();
            int length = writer.WriteInfo(3, "1.0.0", 8, 2, true, 1767225600, 1767000000, -1500, 7);
            FrameDecoder decoder = ProtocolTestKit.Decode(writer.Buffer, length);
            Assert.AreEqual(0x81, decoder.RawOpcode, "opcode");
            Assert.AreEqual(2 + 29 + 5, decoder.PayloadLength, "length");
            string expected =
                "0000" +             // Ok, no detail
                "01" + "08" + "02" + // protocol version, slots total, used
                "01" +               // clock set
                "000000006955b900" + // device UTC
                "00000000695247c0" + // last sync 1767000000
                "fffffa24" +         // drift -1500 ppb
                "00000007" +         // sync count
                "05" + "312e302e30"; // "1.0.0"
            Assert.AreEqual(expected, Hex.Encode(decoder.Payload, 0, decoder.PayloadLength), "bytes");
        }

        [TestMethod]
        public void InfoWithoutClockWritesZeroTime()
        {
            ResponseWriter writer = new ResponseWriter();
            int length = writer.WriteInfo(3, "x", 8, 0, false, 999, 0, 0, 0);
            FrameDecoder decoder = ProtocolTestKit.Decode(writer.Buffer, length);
            Assert.AreEqual(0, (int)decoder.Payload[5], "flags");
            Assert.IsTrue(ProtocolTestKit.AllZero(decoder.Payload, 6, 8), "time zero");
        }

        [TestMethod]
        public void InfoFirmwareVersionIsCutAndMadePrintable()
        {
            ResponseWriter writer = new ResponseWriter();
            string longVersion = "1.2.3-this-version-string-is-far-too-long-for-the-wire";
            int length = writer.WriteInfo(1, longVersion, 8, 0, false, 0, 0, 0, 0);
            FrameDecoder decoder = ProtocolTestKit.Decode(writer.Buffer, length);
            Assert.AreEqual(32, (int)decoder.Payload[30], "cut to 32");
            Assert.AreEqual(2 + 29 + 32, decoder.PayloadLength, "length");

            length = writer.WriteInfo(1, "v\u00e9\n", 8, 0, false, 0, 0, 0, 0);
            decoder = ProtocolTestKit.Decode(writer.Buffer, length);
            Assert.AreEqual("763f3f", Hex.Encode(decoder.Payload, 31, 3), "non-printable becomes ?");

            length = writer.WriteInfo(1, null, 8, 0, false, 0, 0, 0, 0);
            decoder = ProtocolTestKit.Decode(writer.Buffer, length);
            Assert.AreEqual(0, (int)decoder.Payload[30], "null version is empty");
        }

        [TestMethod]
        public void EmptySlotList()
        {
            ResponseWriter writer = new ResponseWriter();
            writer.BeginSlotList(4);
            int length = writer.EndSlotList();
            FrameDecoder decoder = ProtocolTestKit.Decode(writer.Buffer, length);
            Assert.AreEqual(0x82, decoder.RawOpcode, "opcode");
            Assert.AreEqual("000000", Hex.Encode(decoder.Payload, 0, decoder.PayloadLength), "Ok, none, count 0");
        }

        [TestMethod]
        public void SlotListEntryLayout()
        {
            ResponseWriter writer = new ResponseWriter();
            writer.BeginSlotList(4);
            writer.AddSlot(2, "AWS root", 6, 30, Hex.Decode("00cafebabe"), 1);
            writer.AddSlot(5, new char[] { 'B', 'k', 'x' }, 2, 8, 60, Hex.Decode("01020304"), 0);
            int length = writer.EndSlotList();
            FrameDecoder decoder = ProtocolTestKit.Decode(writer.Buffer, length);
            string expected = "0000" + "02" +
                "02" + "06" + "1e" + "cafebabe" + "08" + "41575320726f6f74" +
                "05" + "08" + "3c" + "01020304" + "02" + "426b";
            Assert.AreEqual(expected, Hex.Encode(decoder.Payload, 0, decoder.PayloadLength), "bytes");
        }

        [TestMethod]
        public void FullSlotListFitsTheMaximumPayload()
        {
            ResponseWriter writer = new ResponseWriter();
            writer.BeginSlotList(1);
            for (int slot = 0; slot < ProtocolLimits.SlotCount; slot++)
            {
                writer.AddSlot(slot, "ABCDEFGHIJKL", 6, 30, new byte[4], 0);
            }

            int length = writer.EndSlotList();
            Assert.AreEqual(FrameFormat.Overhead + 163, length, "2 + 1 + 8 x 20 payload bytes");
            Assert.IsTrue(163 <= FrameFormat.MaxPayload, "fits");
            Assert.AreEqual(8, (int)ProtocolTestKit.Decode(writer.Buffer, length).Payload[2], "count");
            Check.Throws(typeof(InvalidOperationException), delegate { writer.AddSlot(0, "x", 6, 30, new byte[4], 0); }, "AddSlot after End");
        }

        [TestMethod]
        public void SlotListRejectsWhatTheWireCannotCarry()
        {
            ResponseWriter writer = new ResponseWriter();
            Check.Throws(typeof(InvalidOperationException), delegate { writer.AddSlot(0, "x", 6, 30, new byte[4], 0); }, "before Begin");
            Check.Throws(typeof(InvalidOperationException), delegate { writer.EndSlotList(); }, "End before Begin");
            writer.BeginSlotList(1);
            Check.Throws(typeof(ArgumentOutOfRangeException), delegate { writer.AddSlot(0, "ABCDEFGHIJKLM", 6, 30, new byte[4], 0); }, "13-char label");
            Check.Throws(typeof(ArgumentOutOfRangeException), delegate { writer.AddSlot(0, string.Empty, 6, 30, new byte[4], 0); }, "empty label");
            Check.Throws(typeof(ArgumentOutOfRangeException), delegate { writer.AddSlot(8, "x", 6, 30, new byte[4], 0); }, "slot 8");
            Check.Throws(typeof(ArgumentOutOfRangeException), delegate { writer.AddSlot(0, "x", 6, 30, new byte[4], 1); }, "fingerprint past the end");
            for (int slot = 0; slot < 8; slot++)
            {
                writer.AddSlot(slot, "x", 6, 30, new byte[4], 0);
            }

            Check.Throws(typeof(InvalidOperationException), delegate { writer.AddSlot(0, "x", 6, 30, new byte[4], 0); }, "ninth slot");
        }

        [TestMethod]
        public void VerifyLayout()
        {
            ResponseWriter writer = new ResponseWriter();
            int length = writer.WriteVerify(9, 3, 287082, 6, 1767225600, 17);
            FrameDecoder decoder = ProtocolTestKit.Decode(writer.Buffer, length);
            Assert.AreEqual(0x87, decoder.RawOpcode, "opcode");
            Assert.AreEqual("0000" + "03" + "06" + "0004616a" + "000000006955b900" + "11", Hex.Encode(decoder.Payload, 0, decoder.PayloadLength), "bytes");
        }

        [TestMethod]
        public void FrameErrorsGetTheDocumentedReplies()
        {
            ResponseWriter writer = new ResponseWriter();

            FrameDecoder tooLong = new FrameDecoder();
            ProtocolTestKit.FeedAll(tooLong, new byte[] { 0xA5, 0x5A, 0x01, 0x03, 0x21, 0xC8 }, 0);
            AssertReply(writer, writer.WriteFrameError(tooLong), 0x83, 0x21, Status.BadFrame, StatusDetail.FrameTooLong);

            FrameDecoder badCrc = new FrameDecoder();
            byte[] frame = ProtocolTestKit.Request((int)Opcode.Info, 0x22, new byte[0]);
            frame[frame.Length - 1] ^= 1;
            ProtocolTestKit.FeedAll(badCrc, frame, 0);
            AssertReply(writer, writer.WriteFrameError(badCrc), 0x81, 0x22, Status.BadCrc, StatusDetail.None);

            FrameDecoder badVersion = new FrameDecoder();
            ProtocolTestKit.FeedAll(badVersion, ProtocolTestKit.RawFrame(2, (int)Opcode.Verify, 0x23, 1, new byte[] { 1 }), 0);
            AssertReply(writer, writer.WriteFrameError(badVersion), 0x87, 0x23, Status.UnsupportedVersion, FrameFormat.Version);

            FrameDecoder garbage = new FrameDecoder();
            Assert.AreEqual((int)FeedResult.Error, (int)garbage.Feed(0x00, 0), "garbage");
            Assert.AreEqual(0, writer.WriteFrameError(garbage), "silence for garbage");

            FrameDecoder timeout = new FrameDecoder();
            timeout.Feed(0xA5, 0);
            Assert.AreEqual((int)FeedResult.Error, (int)timeout.Feed(0xA5, 5000), "timeout");
            Assert.AreEqual(0, writer.WriteFrameError(timeout), "silence for a timeout");
        }

        private static void AssertReply(ResponseWriter writer, int length, int opcodeField, int sequence, Status status, byte detail)
        {
            Assert.IsTrue(length > 0, "a reply is due");
            FrameDecoder decoder = ProtocolTestKit.Decode(writer.Buffer, length);
            Assert.AreEqual(opcodeField, decoder.RawOpcode, "opcode");
            Assert.AreEqual(sequence, decoder.Sequence, "sequence");
            Assert.AreEqual((int)status, (int)decoder.Payload[0], "status");
            Assert.AreEqual((int)detail, (int)decoder.Payload[1], "detail");
        }
    }
}

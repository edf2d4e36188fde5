using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Protocol
{
    /// <summary>Framing, resynchronisation and timeouts of docs/protocol.md §2.</summary>
    [TestClass]
    public class FrameDecoderTests
    {
        [TestMethod]
        public void SealedInfoRequestMatchesKnownBytes()
        {
            // A5 5A | v1 | Info | seq 7 | len 0 | CRC-32 (zlib) of the six header bytes, big-endian.
            byte[] frame = ProtocolTestKit.Request((int)Opcode.Info, 7, new byte[0]);
            Assert.AreEqual("a55a010107007c8f6d01", Hex.Encode(frame, 0, frame.Length));
        }

        [TestMethod]
        public void RoundTripsEveryPayloadLengthFromZeroToMax()
        {
            FrameDecoder decoder = new FrameDecoder();
            for (int length = 0; length <= FrameFormat.MaxPayload; length++)
            {
                byte[] payload = ProtocolTestKit.Counting(length);
                byte[] frame = ProtocolTestKit.Request((int)Opcode.PutSecret, length, payload);
                Assert.AreEqual(length + FrameFormat.Overhead, frame.Length, "frame size");
                FeedResult result = ProtocolTestKit.FeedAll(decoder, frame, length);
                Assert.AreEqual((int)FeedResult.FrameReady, (int)result, "length " + length.ToString());
                Assert.AreEqual((int)Opcode.PutSecret, decoder.RawOpcode, "opcode");
                Assert.AreEqual(length, decoder.Sequence, "sequence");
                Assert.AreEqual(1, decoder.Version, "version");
                Assert.AreEqual(length, decoder.PayloadLength, "payload length");
                Assert.IsTrue(decoder.HasHeader, "header");
                Check.BytesEqual(payload, 0, decoder.Payload, 0, length, "payload");
            }
        }

        [TestMethod]
        public void RoundTripsEveryOpcodeByteAndSequence()
        {
            FrameDecoder decoder = new FrameDecoder();
            byte[] payload = new byte[] { 0xA5, 0x5A, 0x01 };
            for (int value = 0; value < 256; value++)
            {
                byte[] frame = ProtocolTestKit.Request(value, 255 - value, payload);
                Assert.AreEqual((int)FeedResult.FrameReady, (int)ProtocolTestKit.FeedAll(decoder, frame, 0), "value " + value.ToString());
                Assert.AreEqual(value, decoder.RawOpcode, "opcode");
                Assert.AreEqual(255 - value, decoder.Sequence, "sequence");
            }
        }

        [TestMethod]
        public void ZeroLengthPayloadIsAFrame()
        {
            FrameDecoder decoder = new FrameDecoder();
            byte[] frame = ProtocolTestKit.Request((int)Opcode.WipeAll, 3, new byte[0]);
            Assert.AreEqual(10, frame.Length, "overhead only");
            Assert.AreEqual((int)FeedResult.FrameReady, (int)ProtocolTestKit.FeedAll(decoder, frame, 0), "ready");
            Assert.AreEqual(0, decoder.PayloadLength, "empty");
        }

        [TestMethod]
        public void ByteByByteDeliveryWithGapsUpToTheTimeoutDecodes()
        {
            FrameDecoder decoder = new FrameDecoder();
            byte[] frame = ProtocolTestKit.Request((int)Opcode.SetTime, 9, ProtocolTestKit.Counting(8));
            long now = 5000;
            for (int i = 0; i < frame.Length; i++)
            {
                FeedResult result = decoder.Feed(frame[i], now);
                Assert.AreEqual(i == frame.Length - 1 ? (int)FeedResult.FrameReady : (int)FeedResult.None, (int)result, "byte " + i.ToString());
                now += FrameFormat.InterByteTimeoutMilliseconds; // a gap of exactly the timeout is still allowed
            }

            Assert.AreEqual(8, decoder.PayloadLength, "payload");
        }

        [TestMethod]
        public void BackToBackFramesBothDecode()
        {
            FrameDecoder decoder = new FrameDecoder();
            byte[] two = ProtocolTestKit.Concat(
                ProtocolTestKit.Request((int)Opcode.Info, 1, new byte[0]),
                ProtocolTestKit.Request((int)Opcode.Verify, 2, new byte[] { 4 }));
            Assert.AreEqual(2, ProtocolTestKit.CountFrames(decoder, two, 0), "two frames");
            Assert.AreEqual(2, decoder.Sequence, "last frame's fields");
            Assert.AreEqual(4, (int)decoder.Payload[0], "last payload");
        }

        [TestMethod]
        public void BadStartBytesAreGarbageReportedOnceThenAFrameResyncs()
        {
            FrameDecoder decoder = new FrameDecoder();
            byte[] garbage = new byte[] { 0x00, 0x5A, 0xFF, 0xA5, 0x00, 0x41, 0xA5, 0x11, 0x5A, 0x0D, 0x0A };
            int reported = 0;
            for (int i = 0; i < garbage.Length; i++)
            {
                FeedResult result = decoder.Feed(garbage[i], 0);
                Assert.IsTrue(result != FeedResult.FrameReady, "no frame from garbage");
                if (result == FeedResult.Error)
                {
                    Assert.AreEqual((int)FrameError.Garbage, (int)decoder.Error, "kind");
                    Assert.IsFalse(decoder.HasHeader, "no header");
                    reported++;
                }
            }

            Assert.AreEqual(1, reported, "one report per stretch of garbage");
            byte[] frame = ProtocolTestKit.Request((int)Opcode.ListSlots, 77, new byte[0]);
            Assert.AreEqual((int)FeedResult.FrameReady, (int)ProtocolTestKit.FeedAll(decoder, frame, 0), "resynced");
            Assert.AreEqual(77, decoder.Sequence, "sequence");
        }

        [TestMethod]
        public void GarbageIsReportedAgainAfterAFrame()
        {
            FrameDecoder decoder = new FrameDecoder();
            byte[] frame = ProtocolTestKit.Request((int)Opcode.Info, 1, new byte[0]);
            byte[] stream = ProtocolTestKit.Concat(ProtocolTestKit.Concat(new byte[] { 1, 2 }, frame), ProtocolTestKit.Concat(new byte[] { 3, 4 }, frame));
            Assert.AreEqual(2, ProtocolTestKit.CountErrors(decoder, stream, 0, FrameError.Garbage), "each stretch once");
        }

        [TestMethod]
        public void RepeatedFirstMagicBytesStillFindTheFrame()
        {
            FrameDecoder decoder = new FrameDecoder();
            byte[] stream = ProtocolTestKit.Concat(new byte[] { 0xA5, 0xA5, 0xA5 }, ProtocolTestKit.Request((int)Opcode.Info, 5, new byte[0]));
            Assert.AreEqual(1, ProtocolTestKit.CountFrames(decoder, stream, 0), "frame found");
            Assert.AreEqual(5, decoder.Sequence, "sequence");
        }

        [TestMethod]
        public void MagicInsideThePayloadIsJustData()
        {
            FrameDecoder decoder = new FrameDecoder();
            byte[] payload = new byte[] { 0xA5, 0x5A, 0x01, 0x01, 0x00, 0x00, 0xA5, 0x5A };
            Assert.AreEqual((int)FeedResult.FrameReady, (int)ProtocolTestKit.FeedAll(decoder, ProtocolTestKit.Request(3, 1, payload), 0), "ready");
            Check.BytesEqual(payload, 0, decoder.Payload, 0, payload.Length, "payload");
        }

        [TestMethod]
        public void WrongVersionWithGoodCrcIsUnsupportedVersionWithHeader()
        {
            int[] versions = new int[] { 0, 2, 0x7F, 0xFF };
            for (int i = 0; i < versions.Length; i++)
            {
                FrameDecoder decoder = new FrameDecoder();
                byte[] frame = ProtocolTestKit.RawFrame(versions[i], (int)Opcode.Info, 42, 1, new byte[] { 9 });
                Assert.AreEqual((int)FeedResult.Error, (int)ProtocolTestKit.FeedAll(decoder, frame, 0), "error");
                Assert.AreEqual((int)FrameError.UnsupportedVersion, (int)decoder.Error, "kind");
                Assert.IsTrue(decoder.HasHeader, "header known");
                Assert.AreEqual(versions[i], decoder.Version, "version");
                Assert.AreEqual(42, decoder.Sequence, "sequence");
                Assert.AreEqual(0, decoder.PayloadLength, "no payload");
            }
        }

        [TestMethod]
        public void LengthOverMaxIsRejectedAtTheLengthByteWithoutBuffering()
        {
            for (int declared = FrameFormat.MaxPayload + 1; declared <= 255; declared++)
            {
                FrameDecoder decoder = new FrameDecoder();
                byte[] header = new byte[] { 0xA5, 0x5A, 0x01, (byte)Opcode.PutSecret, 0x33, (byte)declared };
                FeedResult result = ProtocolTestKit.FeedAll(decoder, header, 0);
                Assert.AreEqual((int)FeedResult.Error, (int)result, "rejected at the length byte, declared " + declared.ToString());
                Assert.AreEqual((int)FrameError.TooLong, (int)decoder.Error, "kind");
                Assert.IsTrue(decoder.HasHeader, "header known");
                Assert.AreEqual(0x33, decoder.Sequence, "sequence");
                Assert.IsFalse(decoder.InFrame, "back to hunting");

                // The oversized payload streams in: dropped as one stretch of garbage, never stored.
                byte[] body = Hex.Repeat(0xEE, declared + FrameFormat.CrcLength);
                Assert.AreEqual(0, ProtocolTestKit.CountFrames(decoder, body, 0), "no frame");
                Assert.IsTrue(ProtocolTestKit.AllZero(decoder.Payload, 0, decoder.Payload.Length), "payload buffer untouched");

                byte[] frame = ProtocolTestKit.Request((int)Opcode.Info, 1, new byte[0]);
                Assert.AreEqual((int)FeedResult.FrameReady, (int)ProtocolTestKit.FeedAll(decoder, frame, 0), "next frame decodes");
            }
        }

        [TestMethod]
        public void DecoderNeverHoldsMoreThanMaxPayload()
        {
            Assert.AreEqual(FrameFormat.MaxPayload, new FrameDecoder().Payload.Length, "buffer size");
            Assert.AreEqual(192, FrameFormat.MaxPayload, "documented maximum");
            Assert.AreEqual(202, FrameFormat.MaxFrameLength, "documented frame maximum");
        }

        [TestMethod]
        public void EveryFlippedBitInPayloadOrCrcIsBadCrc()
        {
            byte[] good = ProtocolTestKit.Request((int)Opcode.PutSecret, 12, ProtocolTestKit.Counting(20));
            for (int index = FrameFormat.PayloadOffset; index < good.Length; index++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    byte[] bad = ProtocolTestKit.Slice(good, 0, good.Length);
                    bad[index] ^= (byte)(1 << bit);
                    FrameDecoder decoder = new FrameDecoder();
                    Assert.AreEqual((int)FeedResult.Error, (int)ProtocolTestKit.FeedAll(decoder, bad, 0), "byte " + index.ToString() + " bit " + bit.ToString());
                    Assert.AreEqual((int)FrameError.BadCrc, (int)decoder.Error, "kind");
                    Assert.IsTrue(decoder.HasHeader, "header as received");
                    Assert.AreEqual(12, decoder.Sequence, "sequence as received");
                    Assert.IsTrue(ProtocolTestKit.AllZero(decoder.Payload, 0, decoder.Payload.Length), "rejected payload wiped");
                }
            }
        }

        [TestMethod]
        public void FlippedHeaderBitsNeverYieldAFrame()
        {
            byte[] good = ProtocolTestKit.Request((int)Opcode.Verify, 12, new byte[] { 3 });
            for (int index = 2; index < FrameFormat.HeaderLength; index++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    byte[] bad = ProtocolTestKit.Slice(good, 0, good.Length);
                    bad[index] ^= (byte)(1 << bit);
                    FrameDecoder decoder = new FrameDecoder();
                    Assert.AreEqual(0, ProtocolTestKit.CountFrames(decoder, bad, 0), "byte " + index.ToString() + " bit " + bit.ToString());

                    // Whatever state it is left in, a valid frame after a quiet gap decodes.
                    byte[] next = ProtocolTestKit.Request((int)Opcode.Info, 1, new byte[0]);
                    Assert.AreEqual(1, ProtocolTestKit.CountFrames(decoder, next, 1001), "resync");
                }
            }
        }

        [TestMethod]
        public void TruncatedFrameIsDroppedAfterTheInterByteTimeout()
        {
            FrameDecoder decoder = new FrameDecoder();
            byte[] frame = ProtocolTestKit.Request((int)Opcode.PutSecret, 8, ProtocolTestKit.Counting(30));
            for (int i = 0; i < 20; i++)
            {
                Assert.AreEqual((int)FeedResult.None, (int)decoder.Feed(frame[i], 100), "partial");
            }

            Assert.IsTrue(decoder.InFrame, "in a frame");
            byte[] next = ProtocolTestKit.Request((int)Opcode.Info, 9, new byte[0]);
            long late = 100 + FrameFormat.InterByteTimeoutMilliseconds + 1;
            FeedResult first = decoder.Feed(next[0], late);
            Assert.AreEqual((int)FeedResult.Error, (int)first, "timeout reported");
            Assert.AreEqual((int)FrameError.Timeout, (int)decoder.Error, "kind");
            Assert.IsFalse(decoder.HasHeader, "no reply due");
            Assert.IsTrue(ProtocolTestKit.AllZero(decoder.Payload, 0, decoder.Payload.Length), "partial payload wiped");

            // The byte that revealed the timeout started the next frame.
            FeedResult result = ProtocolTestKit.FeedAll(decoder, ProtocolTestKit.Slice(next, 1, next.Length - 1), late);
            Assert.AreEqual((int)FeedResult.FrameReady, (int)result, "next frame");
            Assert.AreEqual(9, decoder.Sequence, "sequence");
        }

        [TestMethod]
        public void LoneFirstMagicTimesOutToo()
        {
            FrameDecoder decoder = new FrameDecoder();
            Assert.AreEqual((int)FeedResult.None, (int)decoder.Feed(0xA5, 0), "magic");
            Assert.AreEqual((int)FeedResult.Error, (int)decoder.Feed(0x5A, 1001), "stale");
            Assert.AreEqual((int)FrameError.Timeout, (int)decoder.Error, "kind");
            Assert.IsFalse(decoder.InFrame, "the 5A alone starts nothing");
        }

        [TestMethod]
        public void CheckTimeoutReleasesAStalePartialFrame()
        {
            FrameDecoder decoder = new FrameDecoder();
            byte[] frame = ProtocolTestKit.Request((int)Opcode.Info, 1, new byte[0]);
            decoder.Feed(frame[0], 10);
            decoder.Feed(frame[1], 20);
            Assert.AreEqual((int)FeedResult.None, (int)decoder.CheckTimeout(20 + FrameFormat.InterByteTimeoutMilliseconds), "exactly the timeout: still waiting");
            Assert.IsTrue(decoder.InFrame, "kept");
            Assert.AreEqual((int)FeedResult.Error, (int)decoder.CheckTimeout(21 + FrameFormat.InterByteTimeoutMilliseconds), "stale");
            Assert.AreEqual((int)FrameError.Timeout, (int)decoder.Error, "kind");
            Assert.IsFalse(decoder.InFrame, "dropped");
            Assert.AreEqual((int)FeedResult.None, (int)decoder.CheckTimeout(999999), "nothing to drop while hunting");
        }

        [TestMethod]
        public void SilenceWhileHuntingIsNotATimeout()
        {
            FrameDecoder decoder = new FrameDecoder();
            byte[] frame = ProtocolTestKit.Request((int)Opcode.Info, 1, new byte[0]);
            Assert.AreEqual((int)FeedResult.FrameReady, (int)ProtocolTestKit.FeedAll(decoder, frame, 0), "first");
            Assert.AreEqual((int)FeedResult.FrameReady, (int)ProtocolTestKit.FeedAll(decoder, frame, 3600000), "an hour later");
        }

        [TestMethod]
        public void ResetDropsThePartialFrameAndWipes()
        {
            FrameDecoder decoder = new FrameDecoder();
            byte[] frame = ProtocolTestKit.Request((int)Opcode.PutSecret, 1, Hex.Repeat(0x77, 10));
            for (int i = 0; i < 12; i++)
            {
                decoder.Feed(frame[i], 0);
            }

            decoder.Reset();
            Assert.IsFalse(decoder.InFrame, "hunting");
            Assert.IsTrue(ProtocolTestKit.AllZero(decoder.Payload, 0, decoder.Payload.Length), "wiped");
            Assert.AreEqual((int)FeedResult.FrameReady, (int)ProtocolTestKit.FeedAll(decoder, frame, 0), "whole frame after reset");
            decoder.WipePayload();
            Assert.IsTrue(ProtocolTestKit.AllZero(decoder.Payload, 0, decoder.Payload.Length), "WipePayload");
        }
    }
}

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
    /// <summary>Every field rule of docs/protocol.md §5 gives the documented status and detail.</summary>
    [TestClass]
    public class RequestReaderTests
    {
        private static readonly byte[] AwsLabel = Hex.Ascii("AWS root");

        [TestMethod]
        public void EmptyPayloadRequestsAcceptOnlyZeroLength()
        {
            byte detail;
            Assert.AreEqual((int)Status.Ok, (int)RequestReader.TryReadEmpty(new byte[4], 0, out detail), "empty");
            Assert.AreEqual((int)StatusDetail.None, (int)detail, "no detail");
            for (int length = 1; length <= 4; length++)
            {
                Assert.AreEqual((int)Status.BadArgument, (int)RequestReader.TryReadEmpty(new byte[4], length, out detail), "length " + length.ToString());
                Assert.AreEqual((int)StatusDetail.PayloadLength, (int)detail, "detail");
            }
        }

        [TestMethod]
        public void SlotAcceptsZeroToSevenAndRejectsTheRest()
        {
            byte[] payload = new byte[1];
            for (int value = 0; value < 256; value++)
            {
                payload[0] = (byte)value;
                int slot;
                byte detail;
                Status status = RequestReader.TryReadSlot(payload, 1, out slot, out detail);
                if (value < 8)
                {
                    Assert.AreEqual((int)Status.Ok, (int)status, "slot " + value.ToString());
                    Assert.AreEqual(value, slot, "value");
                }
                else
                {
                    Assert.AreEqual((int)Status.BadArgument, (int)status, "slot " + value.ToString());
                    Assert.AreEqual((int)StatusDetail.SlotOutOfRange, (int)detail, "detail");
                    Assert.AreEqual(0, slot, "zeroed");
                }
            }
        }

        [TestMethod]
        public void SlotRequestsWithWrongLengthAreRejected()
        {
            int[] lengths = new int[] { 0, 2, 8 };
            for (int i = 0; i < lengths.Length; i++)
            {
                int slot;
                byte detail;
                Assert.AreEqual((int)Status.BadArgument, (int)RequestReader.TryReadSlot(new byte[8], lengths[i], out slot, out detail), "length " + lengths[i].ToString());
                Assert.AreEqual((int)StatusDetail.PayloadLength, (int)detail, "detail");
            }
        }

        [TestMethod]
        public void SetTimeReadsABigEndianInt64()
        {
            long unixSeconds;
            byte detail;
            byte[] payload = Hex.Decode("000000006955b900"); // 1767225600 = 2026-01-01T00:00:00Z
            Assert.AreEqual((int)Status.Ok, (int)RequestReader.TryReadSetTime(payload, 8, out unixSeconds, out detail), "ok");
            Assert.AreEqual(1767225600L, unixSeconds, "value");
        }

        [TestMethod]
        public void SetTimeRangeIsYear2000ToYear2100()
        {
            AssertSetTime(ProtocolLimits.MinSettableUnixSeconds, Status.Ok, StatusDetail.None);
            AssertSetTime(ProtocolLimits.MinSettableUnixSeconds - 1, Status.BadArgument, StatusDetail.TimeOutOfRange);
            AssertSetTime(ProtocolLimits.EndSettableUnixSeconds - 1, Status.Ok, StatusDetail.None);
            AssertSetTime(ProtocolLimits.EndSettableUnixSeconds, Status.BadArgument, StatusDetail.TimeOutOfRange);
            AssertSetTime(0, Status.BadArgument, StatusDetail.TimeOutOfRange);
            AssertSetTime(-1, Status.BadArgument, StatusDetail.TimeOutOfRange);
            AssertSetTime(long.MinValue, Status.BadArgument, StatusDetail.TimeOutOfRange);
            AssertSetTime(long.MaxValue, Status.BadArgument, StatusDetail.TimeOutOfRange);
            Assert.AreEqual(946684800L, ProtocolLimits.MinSettableUnixSeconds, "2000-01-01");
            Assert.AreEqual(4102444800L, ProtocolLimits.EndSettableUnixSeconds, "2100-01-01");
        }

        [TestMethod]
        public void SetTimeWithWrongLengthIsRejected()
        {
            int[] lengths = new int[] { 0, 1, 7, 9 };
            for (int i = 0; i < lengths.Length; i++)
            {
                long unixSeconds;
                byte detail;
                Assert.AreEqual((int)Status.BadArgument, (int)RequestReader.TryReadSetTime(new byte[9], lengths[i], out unixSeconds, out detail), "length " + lengths[i].ToString());
                Assert.AreEqual((int)StatusDetail.PayloadLength, (int)detail, "detail");
            }
        }

        [TestMethod]
        public void PutSecretReadsAnAwsAccountAndWipesThePayload()
        {
            byte[] secret = ProtocolTestKit.Counting(40);
            byte[] payload = ProtocolTestKit.PutSecretPayload(3, 6, 30, AwsLabel, secret);
            char[] label = new char[ProtocolLimits.MaxLabelLength];
            byte[] secretOut = new byte[ProtocolLimits.MaxSecretLength];
            int slot, digits, period, labelLength, secretLength;
            byte detail;
            Status status = RequestReader.TryReadPutSecret(payload, payload.Length, out slot, out digits, out period, label, out labelLength, secretOut, out secretLength, out detail);
            Assert.AreEqual((int)Status.Ok, (int)status, "ok");
            Assert.AreEqual((int)StatusDetail.None, (int)detail, "detail");
            Assert.AreEqual(3, slot, "slot");
            Assert.AreEqual(6, digits, "digits");
            Assert.AreEqual(30, period, "period");
            Assert.AreEqual(8, labelLength, "label length");
            Assert.AreEqual("AWS root", RequestReader.LabelToString(label, labelLength), "label");
            Assert.AreEqual(40, secretLength, "secret length");
            Check.BytesEqual(secret, 0, secretOut, 0, 40, "secret");
            Assert.IsTrue(ProtocolTestKit.AllZero(payload, 0, payload.Length), "payload wiped");
        }

        [TestMethod]
        public void PutSecretDigitsMustBeSixOrEight()
        {
            for (int digits = 0; digits < 256; digits++)
            {
                bool ok = digits == 6 || digits == 8;
                AssertPut(ProtocolTestKit.PutSecretPayload(0, digits, 30, AwsLabel, new byte[20]),
                    ok ? Status.Ok : Status.BadArgument, ok ? StatusDetail.None : StatusDetail.DigitsUnsupported);
            }
        }

        [TestMethod]
        public void PutSecretPeriodMustBeThirtyOrSixty()
        {
            for (int period = 0; period < 256; period++)
            {
                bool ok = period == 30 || period == 60;
                AssertPut(ProtocolTestKit.PutSecretPayload(0, 8, period, AwsLabel, new byte[20]),
                    ok ? Status.Ok : Status.BadArgument, ok ? StatusDetail.None : StatusDetail.PeriodUnsupported);
            }
        }

        [TestMethod]
        public void PutSecretSlotMustBeZeroToSeven()
        {
            for (int slot = 0; slot < 256; slot++)
            {
                bool ok = slot < 8;
                AssertPut(ProtocolTestKit.PutSecretPayload(slot, 6, 30, AwsLabel, new byte[20]),
                    ok ? Status.Ok : Status.BadArgument, ok ? StatusDetail.None : StatusDetail.SlotOutOfRange);
            }
        }

        [TestMethod]
        public void PutSecretLabelLengthIsOneToTwelve()
        {
            AssertPut(ProtocolTestKit.PutSecretPayload(0, 6, 30, new byte[0], new byte[20]), Status.BadArgument, StatusDetail.LabelEmpty);
            AssertPut(ProtocolTestKit.PutSecretPayload(0, 6, 30, Hex.Ascii("A"), new byte[20]), Status.Ok, StatusDetail.None);
            AssertPut(ProtocolTestKit.PutSecretPayload(0, 6, 30, Hex.Ascii("ABCDEFGHIJKL"), new byte[20]), Status.Ok, StatusDetail.None);
            AssertPut(ProtocolTestKit.PutSecretPayload(0, 6, 30, Hex.Ascii("ABCDEFGHIJKLM"), new byte[20]), Status.BadArgument, StatusDetail.LabelTooLong);
            AssertPut(ProtocolTestKit.PutSecretPayload(0, 6, 30, Hex.Repeat((byte)'x', 100), new byte[20]), Status.BadArgument, StatusDetail.LabelTooLong);
        }

        [TestMethod]
        public void PutSecretLabelMustBePrintableAscii()
        {
            for (int value = 0; value < 256; value++)
            {
                byte[] label = Hex.Ascii("ab c");
                label[2] = (byte)value;
                bool ok = value >= 0x20 && value <= 0x7E;
                AssertPut(ProtocolTestKit.PutSecretPayload(0, 6, 30, label, new byte[20]),
                    ok ? Status.Ok : Status.BadArgument, ok ? StatusDetail.None : StatusDetail.LabelNotPrintableAscii);
            }
        }

        [TestMethod]
        public void PutSecretSecretLengthIsOneToSixtyFour()
        {
            AssertPut(ProtocolTestKit.PutSecretPayload(0, 6, 30, AwsLabel, new byte[0]), Status.BadArgument, StatusDetail.SecretEmpty);
            AssertPut(ProtocolTestKit.PutSecretPayload(0, 6, 30, AwsLabel, new byte[1]), Status.Ok, StatusDetail.None);
            AssertPut(ProtocolTestKit.PutSecretPayload(0, 6, 30, AwsLabel, new byte[64]), Status.Ok, StatusDetail.None);
            AssertPut(ProtocolTestKit.PutSecretPayload(0, 6, 30, AwsLabel, new byte[65]), Status.BadArgument, StatusDetail.SecretTooLong);
            AssertPut(ProtocolTestKit.PutSecretPayload(0, 6, 30, AwsLabel, new byte[150]), Status.BadArgument, StatusDetail.SecretTooLong);
        }

        [TestMethod]
        public void PutSecretLayoutMustBeConsistent()
        {
            // Shorter than the fixed fields.
            for (int length = 0; length < 5; length++)
            {
                AssertPut(ProtocolTestKit.Slice(ProtocolTestKit.PutSecretPayload(0, 6, 30, AwsLabel, new byte[20]), 0, length), Status.BadArgument, StatusDetail.PayloadLength);
            }

            byte[] good = ProtocolTestKit.PutSecretPayload(0, 6, 30, AwsLabel, new byte[20]);

            // Cut anywhere, or one byte too many.
            for (int length = 5; length < good.Length; length++)
            {
                AssertPut(ProtocolTestKit.Slice(good, 0, length), Status.BadArgument, StatusDetail.PayloadLength);
            }

            AssertPut(ProtocolTestKit.Concat(good, new byte[1]), Status.BadArgument, StatusDetail.PayloadLength);

            // Inner lengths that disagree with the payload length.
            byte[] labelPastEnd = ProtocolTestKit.Slice(good, 0, good.Length);
            labelPastEnd[3] = (byte)(good.Length);
            AssertPut(labelPastEnd, Status.BadArgument, StatusDetail.PayloadLength);
            byte[] secretTooShort = ProtocolTestKit.Slice(good, 0, good.Length);
            secretTooShort[4 + AwsLabel.Length] = 19;
            AssertPut(secretTooShort, Status.BadArgument, StatusDetail.PayloadLength);
            byte[] secretTooLong = ProtocolTestKit.Slice(good, 0, good.Length);
            secretTooLong[4 + AwsLabel.Length] = 21;
            AssertPut(secretTooLong, Status.BadArgument, StatusDetail.PayloadLength);
        }

        [TestMethod]
        public void PutSecretChecksInTheDocumentedOrder()
        {
            byte[] badLabel = new byte[] { 0x01 };
            // Layout beats everything.
            AssertPut(ProtocolTestKit.Concat(ProtocolTestKit.PutSecretPayload(9, 7, 7, badLabel, new byte[0]), new byte[1]), Status.BadArgument, StatusDetail.PayloadLength);
            AssertPut(ProtocolTestKit.PutSecretPayload(9, 7, 7, badLabel, new byte[0]), Status.BadArgument, StatusDetail.SlotOutOfRange);
            AssertPut(ProtocolTestKit.PutSecretPayload(1, 7, 7, badLabel, new byte[0]), Status.BadArgument, StatusDetail.LabelNotPrintableAscii);
            AssertPut(ProtocolTestKit.PutSecretPayload(1, 7, 7, new byte[0], new byte[0]), Status.BadArgument, StatusDetail.LabelEmpty);
            AssertPut(ProtocolTestKit.PutSecretPayload(1, 7, 7, AwsLabel, new byte[0]), Status.BadArgument, StatusDetail.SecretEmpty);
            AssertPut(ProtocolTestKit.PutSecretPayload(1, 7, 7, AwsLabel, new byte[70]), Status.BadArgument, StatusDetail.SecretTooLong);
            AssertPut(ProtocolTestKit.PutSecretPayload(1, 7, 7, AwsLabel, new byte[10]), Status.BadArgument, StatusDetail.DigitsUnsupported);
            AssertPut(ProtocolTestKit.PutSecretPayload(1, 8, 7, AwsLabel, new byte[10]), Status.BadArgument, StatusDetail.PeriodUnsupported);
        }

        [TestMethod]
        public void PutSecretFailureWritesNothingAndStillWipesThePayload()
        {
            byte[] payload = ProtocolTestKit.PutSecretPayload(0, 6, 45, AwsLabel, Hex.Repeat(0x5C, 40));
            char[] label = new char[12];
            byte[] secret = new byte[64];
            int slot, digits, period, labelLength, secretLength;
            byte detail;
            Status status = RequestReader.TryReadPutSecret(payload, payload.Length, out slot, out digits, out period, label, out labelLength, secret, out secretLength, out detail);
            Assert.AreEqual((int)Status.BadArgument, (int)status, "rejected");
            Assert.AreEqual((int)StatusDetail.PeriodUnsupported, (int)detail, "detail");
            Assert.AreEqual(0, slot + digits + period + labelLength + secretLength, "outputs zeroed");
            Assert.IsTrue(ProtocolTestKit.AllZero(secret, 0, secret.Length), "secret buffer untouched");
            Assert.IsTrue(ProtocolTestKit.AllZero(payload, 0, payload.Length), "payload wiped");
        }

        [TestMethod]
        public void PutSecretRejectsSmallBuffers()
        {
            byte[] payload = ProtocolTestKit.PutSecretPayload(0, 6, 30, AwsLabel, new byte[20]);
            Check.Throws(typeof(ArgumentException), delegate
            {
                int a, b, c, d, e;
                byte f;
                RequestReader.TryReadPutSecret(payload, payload.Length, out a, out b, out c, new char[11], out d, new byte[64], out e, out f);
            }, "label buffer of 11");
            Check.Throws(typeof(ArgumentException), delegate
            {
                int a, b, c, d, e;
                byte f;
                RequestReader.TryReadPutSecret(payload, payload.Length, out a, out b, out c, new char[12], out d, new byte[63], out e, out f);
            }, "secret buffer of 63");
            Check.Throws(typeof(ArgumentOutOfRangeException), delegate
            {
                byte f;
                RequestReader.TryReadEmpty(new byte[2], 3, out f);
            }, "length over the array");
        }

        [TestMethod]
        public void DecodedFramesFeedTheReader()
        {
            // The device path: decoder → reader, with the decoder's own buffer.
            FrameDecoder decoder = new FrameDecoder();
            byte[] secret = Hex.Repeat(0x42, 40);
            byte[] frame = ProtocolTestKit.Request((int)Opcode.PutSecret, 5, ProtocolTestKit.PutSecretPayload(7, 8, 60, Hex.Ascii("Backup"), secret));
            Assert.AreEqual((int)FeedResult.FrameReady, (int)ProtocolTestKit.FeedAll(decoder, frame, 0), "frame");
            char[] label = new char[12];
            byte[] secretOut = new byte[64];
            int slot, digits, period, labelLength, secretLength;
            byte detail;
            Status status = RequestReader.TryReadPutSecret(decoder.Payload, decoder.PayloadLength, out slot, out digits, out period, label, out labelLength, secretOut, out secretLength, out detail);
            Assert.AreEqual((int)Status.Ok, (int)status, "ok");
            Assert.AreEqual(7, slot, "slot");
            Assert.AreEqual(8, digits, "digits");
            Assert.AreEqual(60, period, "period");
            Assert.AreEqual("Backup", RequestReader.LabelToString(label, labelLength), "label");
            Check.BytesEqual(secret, 0, secretOut, 0, secretLength, "secret");
            Assert.IsTrue(ProtocolTestKit.AllZero(decoder.Payload, 0, decoder.Payload.Length), "decoder buffer holds no secret");
        }

        private static void AssertSetTime(long value, Status expectedStatus, byte expectedDetail)
        {
            byte[] payload = new byte[8];
            BigEndian.WriteInt64(value, payload, 0);
            long unixSeconds;
            byte detail;
            Status status = RequestReader.TryReadSetTime(payload, 8, out unixSeconds, out detail);
            Assert.AreEqual((int)expectedStatus, (int)status, "status for " + value.ToString());
            Assert.AreEqual((int)expectedDetail, (int)detail, "detail for " + value.ToString());
            Assert.AreEqual(expectedStatus == Status.Ok ? value : 0L, unixSeconds, "value");
        }

        private static void AssertPut(byte[] payload, Status expectedStatus, byte expectedDetail)
        {
            char[] label = new char[ProtocolLimits.MaxLabelLength];
            byte[] secret = new byte[ProtocolLimits.MaxSecretLength];
            int slot, digits, period, labelLength, secretLength;
            byte detail;
            Status status = RequestReader.TryReadPutSecret(payload, payload.Length, out slot, out digits, out period, label, out labelLength, secret, out secretLength, out detail);
            Assert.AreEqual((int)expectedStatus, (int)status, "status");
            Assert.AreEqual((int)expectedDetail, (int)detail, "detail");
        }
    }
}

using System;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.Support;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Protocol
{
    /// <summary>
    /// 10,000 deterministic pseudo-random byte streams, biased towards magic bytes, small lengths and spliced
    /// (sometimes corrupted) frames so every decoder state is reached. Properties: the decoder never throws; a
    /// FrameReady frame is exactly the last bytes fed; every error has a kind; after any stream, a valid frame
    /// sent after a quiet gap decodes.
    /// </summary>
    [TestClass]
    public class FrameDecoderFuzzTests
    {
        private const int Streams = 10000;

        [TestMethod]
        public void RandomStreamsNeverThrowAndAlwaysResync()
        {
            XorShift32 random = new XorShift32(0x2545F491);
            FrameDecoder decoder = new FrameDecoder();
            byte[] history = new byte[FrameFormat.MaxFrameLength];
            int historyCount = 0;
            byte[] sealBuffer = new byte[FrameFormat.MaxFrameLength];
            int[] errorCounts = new int[6];
            int frames = 0;
            long now = 0;

            for (int stream = 0; stream < Streams; stream++)
            {
                byte[] data = MakeStream(random);
                for (int i = 0; i < data.Length; i++)
                {
                    now += random.Below(16) == 0 ? random.Below(2500) : random.Below(3);
                    FeedResult result;
                    try
                    {
                        result = decoder.Feed(data[i], now);
                    }
                    catch (Exception e)
                    {
                        Check.Fail("stream " + stream.ToString() + " byte " + i.ToString() + " threw " + e.GetType().Name);
                        return;
                    }

                    // Remember the last bytes fed, newest last.
                    if (historyCount == history.Length)
                    {
                        Array.Copy(history, 1, history, 0, history.Length - 1);
                        historyCount--;
                    }

                    history[historyCount++] = data[i];

                    if (result == FeedResult.FrameReady)
                    {
                        frames++;
                        Assert.IsTrue(decoder.PayloadLength <= FrameFormat.MaxPayload, "bounded payload");
                        Assert.AreEqual(1, decoder.Version, "version");
                        Array.Copy(decoder.Payload, 0, sealBuffer, FrameFormat.PayloadOffset, decoder.PayloadLength);
                        int length = FrameFormat.Seal(sealBuffer, decoder.RawOpcode, decoder.Sequence, decoder.PayloadLength);
                        Assert.IsTrue(length <= historyCount, "frame no longer than what was fed");
                        Check.BytesEqual(sealBuffer, 0, history, historyCount - length, length, "stream " + stream.ToString() + ": the frame is what was fed");
                    }
                    else if (result == FeedResult.Error)
                    {
                        Assert.IsTrue(decoder.Error != FrameError.None, "an error has a kind");
                        errorCounts[(int)decoder.Error]++;
                    }
                    else
                    {
                        Assert.AreEqual((int)FeedResult.None, (int)result, "known result");
                    }
                }

                // Resynchronisation: after a quiet gap longer than the timeout, a valid frame always decodes.
                now += FrameFormat.InterByteTimeoutMilliseconds + 1;
                int sequence = stream & 0xFF;
                byte[] frame = ProtocolTestKit.Request((int)Opcode.Info, sequence, new byte[0]);
                for (int i = 0; i < frame.Length; i++)
                {
                    FeedResult result = decoder.Feed(frame[i], now);
                    if (i < frame.Length - 1)
                    {
                        Assert.IsTrue(result != FeedResult.FrameReady, "not early");
                    }
                    else
                    {
                        Assert.AreEqual((int)FeedResult.FrameReady, (int)result, "stream " + stream.ToString() + " resyncs");
                        Assert.AreEqual(sequence, decoder.Sequence, "the right frame");
                    }
                }

                historyCount = 0;
            }

            // The generator must reach every outcome, or the test proves little.
            Assert.IsTrue(frames > 500, "spliced frames found: " + frames.ToString());
            for (int kind = 1; kind < errorCounts.Length; kind++)
            {
                Assert.IsTrue(errorCounts[kind] > 10, "error kind " + kind.ToString() + " reached " + errorCounts[kind].ToString() + " times");
            }
        }

        private static byte[] MakeStream(XorShift32 random)
        {
            byte[] data = new byte[random.Below(120)];
            int i = 0;
            while (i < data.Length)
            {
                int pick = random.Below(24);
                if (pick == 0 && data.Length - i >= FrameFormat.Overhead)
                {
                    i = Splice(random, data, i);
                    continue;
                }

                byte value;
                if (pick < 4)
                {
                    value = FrameFormat.Magic0;
                }
                else if (pick < 6)
                {
                    value = FrameFormat.Magic1;
                }
                else if (pick < 8)
                {
                    value = FrameFormat.Version;
                }
                else if (pick < 10)
                {
                    value = (byte)random.Below(12);
                }
                else if (pick < 11)
                {
                    value = (byte)(FrameFormat.MaxPayload + random.Below(64));
                }
                else
                {
                    value = random.NextByte();
                }

                data[i++] = value;
            }

            return data;
        }

        /// <summary>Writes a valid frame that fits at <paramref name="at"/>, sometimes with a bad version or one flipped bit.</summary>
        private static int Splice(XorShift32 random, byte[] data, int at)
        {
            int room = data.Length - at - FrameFormat.Overhead;
            int payloadLength = random.Below(room + 1);
            byte[] payload = new byte[payloadLength];
            for (int k = 0; k < payloadLength; k++)
            {
                payload[k] = random.NextByte();
            }

            int variant = random.Below(8);
            byte[] frame = variant == 0
                ? ProtocolTestKit.RawFrame(2, random.Below(256), random.Below(256), payloadLength, payload)
                : ProtocolTestKit.Request(random.Below(256), random.Below(256), payload);
            if (variant == 1)
            {
                frame[FrameFormat.PayloadOffset + random.Below(payloadLength + FrameFormat.CrcLength)] ^= (byte)(1 << random.Below(8));
            }

            Array.Copy(frame, 0, data, at, frame.Length);
            return at + frame.Length;
        }
    }
}

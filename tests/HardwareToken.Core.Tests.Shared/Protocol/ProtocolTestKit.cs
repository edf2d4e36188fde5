using System;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Protocol;
#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif

namespace HardwareToken.Core.Tests.Protocol
{
    /// <summary>Frame builders and feeding helpers for the protocol tests (nanoFramework subset).</summary>
    public static class ProtocolTestKit
    {
        /// <summary>A request frame built with <see cref="FrameFormat.Seal"/>.</summary>
        public static byte[] Request(int opcode, int sequence, byte[] payload)
        {
            byte[] buffer = new byte[FrameFormat.MaxFrameLength];
            Array.Copy(payload, 0, buffer, FrameFormat.PayloadOffset, payload.Length);
            int length = FrameFormat.Seal(buffer, opcode, sequence, payload.Length);
            return Slice(buffer, 0, length);
        }

        /// <summary>A frame assembled by hand, with any version and any length byte, and a correct CRC.</summary>
        public static byte[] RawFrame(int version, int opcode, int sequence, int lengthByte, byte[] payload)
        {
            byte[] frame = new byte[FrameFormat.Overhead + payload.Length];
            frame[0] = 0xA5;
            frame[1] = 0x5A;
            frame[2] = (byte)version;
            frame[3] = (byte)opcode;
            frame[4] = (byte)sequence;
            frame[5] = (byte)lengthByte;
            Array.Copy(payload, 0, frame, 6, payload.Length);
            uint crc = Crc32.Compute(frame, 0, 6 + payload.Length);
            BigEndian.WriteUInt32(crc, frame, 6 + payload.Length);
            return frame;
        }

        /// <summary>
        /// Feeds every byte at time <paramref name="now"/>; asserts that all but the last give
        /// <see cref="FeedResult.None"/> and returns the last one's result.
        /// </summary>
        public static FeedResult FeedAll(FrameDecoder decoder, byte[] data, long now)
        {
            for (int i = 0; i < data.Length - 1; i++)
            {
                FeedResult early = decoder.Feed(data[i], now);
                Assert.AreEqual((int)FeedResult.None, (int)early, "byte " + i.ToString() + " of " + data.Length.ToString());
            }

            return decoder.Feed(data[data.Length - 1], now);
        }

        /// <summary>Feeds bytes and counts the FrameReady results.</summary>
        public static int CountFrames(FrameDecoder decoder, byte[] data, long now)
        {
            int frames = 0;
            for (int i = 0; i < data.Length; i++)
            {
                if (decoder.Feed(data[i], now) == FeedResult.FrameReady)
                {
                    frames++;
                }
            }

            return frames;
        }

        /// <summary>Feeds bytes and counts the errors of one kind.</summary>
        public static int CountErrors(FrameDecoder decoder, byte[] data, long now, FrameError kind)
        {
            int errors = 0;
            for (int i = 0; i < data.Length; i++)
            {
                if (decoder.Feed(data[i], now) == FeedResult.Error && decoder.Error == kind)
                {
                    errors++;
                }
            }

            return errors;
        }

        /// <summary>Decodes one complete frame (e.g. a response) and asserts it is ready.</summary>
        public static FrameDecoder Decode(byte[] frame, int length)
        {
            FrameDecoder decoder = new FrameDecoder();
            FeedResult result = FeedAll(decoder, Slice(frame, 0, length), 0);
            Assert.AreEqual((int)FeedResult.FrameReady, (int)result, "frame decodes");
            return decoder;
        }

        /// <summary>A PutSecret payload: slot, digits, period, labelLength, label, secretLength, secret.</summary>
        public static byte[] PutSecretPayload(int slot, int digits, int period, byte[] label, byte[] secret)
        {
            byte[] payload = new byte[5 + label.Length + secret.Length];
            payload[0] = (byte)slot;
            payload[1] = (byte)digits;
            payload[2] = (byte)period;
            payload[3] = (byte)label.Length;
            Array.Copy(label, 0, payload, 4, label.Length);
            payload[4 + label.Length] = (byte)secret.Length;
            Array.Copy(secret, 0, payload, 5 + label.Length, secret.Length);
            return payload;
        }

        /// <summary>Bytes 0, 1, 2, ... (count of them).</summary>
        public static byte[] Counting(int count)
        {
            byte[] data = new byte[count];
            for (int i = 0; i < count; i++)
            {
                data[i] = (byte)i;
            }

            return data;
        }

        public static byte[] Concat(byte[] a, byte[] b)
        {
            byte[] result = new byte[a.Length + b.Length];
            Array.Copy(a, 0, result, 0, a.Length);
            Array.Copy(b, 0, result, a.Length, b.Length);
            return result;
        }

        public static byte[] Slice(byte[] data, int offset, int count)
        {
            byte[] result = new byte[count];
            Array.Copy(data, offset, result, 0, count);
            return result;
        }

        public static bool AllZero(byte[] data, int offset, int count)
        {
            for (int i = offset; i < offset + count; i++)
            {
                if (data[i] != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

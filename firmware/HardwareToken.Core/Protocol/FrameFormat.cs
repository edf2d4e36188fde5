using System;
using HardwareToken.Core.Crypto;

namespace HardwareToken.Core.Protocol
{
    /// <summary>
    /// The frame layout shared by requests and responses (docs/protocol.md §2):
    /// <c>A5 5A | version | opcode | sequence | length N | payload[N] | CRC-32 big-endian of all preceding bytes</c>.
    /// </summary>
    public static class FrameFormat
    {
        /// <summary>First start byte.</summary>
        public const byte Magic0 = 0xA5;

        /// <summary>Second start byte.</summary>
        public const byte Magic1 = 0x5A;

        /// <summary>The protocol version this code speaks.</summary>
        public const byte Version = 1;

        /// <summary>Set in the opcode byte of every response.</summary>
        public const int ResponseFlag = 0x80;

        /// <summary>Bytes before the payload: magic (2), version, opcode, sequence, length.</summary>
        public const int HeaderLength = 6;

        /// <summary>Offset of the payload in a frame.</summary>
        public const int PayloadOffset = HeaderLength;

        /// <summary>Bytes of the CRC trailer.</summary>
        public const int CrcLength = 4;

        /// <summary>Header plus trailer.</summary>
        public const int Overhead = HeaderLength + CrcLength;

        /// <summary>Largest payload; a declared length above it is rejected without storing the payload.</summary>
        public const int MaxPayload = 192;

        /// <summary>Largest frame on the wire.</summary>
        public const int MaxFrameLength = MaxPayload + Overhead;

        /// <summary>Longest allowed silence between two bytes of one frame, in milliseconds (a gap of exactly this is allowed).</summary>
        public const int InterByteTimeoutMilliseconds = 1000;

        /// <summary>
        /// Completes a frame whose payload is already at <see cref="PayloadOffset"/> in <paramref name="frame"/>:
        /// writes the header and the CRC and returns the frame's total length. Does not allocate.
        /// </summary>
        /// <param name="frame">At least <paramref name="payloadLength"/> + <see cref="Overhead"/> bytes.</param>
        /// <param name="opcodeField">The opcode byte as sent (a response has <see cref="ResponseFlag"/> set), 0..255.</param>
        /// <param name="sequence">0..255.</param>
        /// <param name="payloadLength">0..<see cref="MaxPayload"/>.</param>
        /// <exception cref="ArgumentOutOfRangeException">A value outside the ranges above.</exception>
        public static int Seal(byte[] frame, int opcodeField, int sequence, int payloadLength)
        {
            if (frame == null)
            {
                throw new ArgumentNullException("frame");
            }

            if (payloadLength < 0 || payloadLength > MaxPayload || frame.Length < payloadLength + Overhead)
            {
                throw new ArgumentOutOfRangeException("payloadLength");
            }

            if (opcodeField < 0 || opcodeField > 0xFF)
            {
                throw new ArgumentOutOfRangeException("opcodeField");
            }

            if (sequence < 0 || sequence > 0xFF)
            {
                throw new ArgumentOutOfRangeException("sequence");
            }

            frame[0] = Magic0;
            frame[1] = Magic1;
            frame[2] = Version;
            frame[3] = (byte)opcodeField;
            frame[4] = (byte)sequence;
            frame[5] = (byte)payloadLength;
            int crcOffset = HeaderLength + payloadLength;
            BigEndian.WriteUInt32(Crc32.Compute(frame, 0, crcOffset), frame, crcOffset);
            return crcOffset + CrcLength;
        }
    }
}

using System;
using HardwareToken.Core.Crypto;

namespace HardwareToken.Core.Protocol
{
    /// <summary>
    /// Typed, validated access to the fields of a request payload (docs/protocol.md §5). Pass the decoder's
    /// <see cref="FrameDecoder.Payload"/> and <see cref="FrameDecoder.PayloadLength"/>.
    /// </summary>
    /// <remarks>
    /// Contract: every method returns <see cref="Status.Ok"/> with <c>detail</c> = <see cref="StatusDetail.None"/>
    /// and the fields filled in, or <see cref="Status.BadArgument"/> with the first failing rule's detail and the
    /// fields zeroed. None allocates and none throws for any payload content; they throw
    /// <see cref="ArgumentException"/> only for caller errors (null or too small buffers). The checks are those of
    /// the protocol; state checks (empty slot, clock, verify window, firmware-build floor) are the caller's.
    /// </remarks>
    public static class RequestReader
    {
        /// <summary>Info, ListSlots, WipeAll: the payload must be empty.</summary>
        public static Status TryReadEmpty(byte[] payload, int length, out byte detail)
        {
            CheckPayload(payload, length);
            return Result(length == 0 ? StatusDetail.None : StatusDetail.PayloadLength, out detail);
        }

        /// <summary>DeleteSlot, Verify: exactly one byte, a slot 0..7.</summary>
        public static Status TryReadSlot(byte[] payload, int length, out int slot, out byte detail)
        {
            CheckPayload(payload, length);
            slot = 0;
            if (length != 1)
            {
                return Result(StatusDetail.PayloadLength, out detail);
            }

            if (payload[0] >= ProtocolLimits.SlotCount)
            {
                return Result(StatusDetail.SlotOutOfRange, out detail);
            }

            slot = payload[0];
            return Result(StatusDetail.None, out detail);
        }

        /// <summary>SetTime: exactly 8 bytes, a big-endian i64 in [2000-01-01, 2100-01-01).</summary>
        public static Status TryReadSetTime(byte[] payload, int length, out long unixSeconds, out byte detail)
        {
            CheckPayload(payload, length);
            unixSeconds = 0;
            if (length != 8)
            {
                return Result(StatusDetail.PayloadLength, out detail);
            }

            long value = BigEndian.ReadInt64(payload, 0);
            if (value < ProtocolLimits.MinSettableUnixSeconds || value >= ProtocolLimits.EndSettableUnixSeconds)
            {
                return Result(StatusDetail.TimeOutOfRange, out detail);
            }

            unixSeconds = value;
            return Result(StatusDetail.None, out detail);
        }

        /// <summary>
        /// PutSecret: <c>slot, digits, period, labelLength, label, secretLength, secret</c> (docs/protocol.md §5.1).
        /// Checks the layout, then slot, label, secret, digits, period. On success copies the label into
        /// <paramref name="label"/> and the secret into <paramref name="secret"/>. Always wipes
        /// <paramref name="payload"/>[0..<paramref name="length"/>) before returning, so the secret stays in one place.
        /// </summary>
        /// <param name="payload">The request payload; wiped on return.</param>
        /// <param name="length">Its length.</param>
        /// <param name="slot">0..7.</param>
        /// <param name="digits">6 or 8.</param>
        /// <param name="period">30 or 60.</param>
        /// <param name="label">At least <see cref="ProtocolLimits.MaxLabelLength"/> chars; receives the label.</param>
        /// <param name="labelLength">1..12.</param>
        /// <param name="secret">At least <see cref="ProtocolLimits.MaxSecretLength"/> bytes; receives the secret. On failure nothing is written.</param>
        /// <param name="secretLength">1..64.</param>
        /// <param name="detail">The first failing rule (<see cref="StatusDetail"/>), or None.</param>
        public static Status TryReadPutSecret(
            byte[] payload,
            int length,
            out int slot,
            out int digits,
            out int period,
            char[] label,
            out int labelLength,
            byte[] secret,
            out int secretLength,
            out byte detail)
        {
            CheckPayload(payload, length);
            if (label == null || label.Length < ProtocolLimits.MaxLabelLength)
            {
                throw new ArgumentException("label buffer too small", "label");
            }

            if (secret == null || secret.Length < ProtocolLimits.MaxSecretLength)
            {
                throw new ArgumentException("secret buffer too small", "secret");
            }

            slot = 0;
            digits = 0;
            period = 0;
            labelLength = 0;
            secretLength = 0;
            byte error = CheckPutSecret(payload, length);
            if (error == StatusDetail.None)
            {
                slot = payload[0];
                digits = payload[1];
                period = payload[2];
                labelLength = payload[3];
                for (int i = 0; i < labelLength; i++)
                {
                    label[i] = (char)payload[4 + i];
                }

                secretLength = payload[4 + labelLength];
                Array.Copy(payload, 5 + labelLength, secret, 0, secretLength);
            }

            Array.Clear(payload, 0, length);
            return Result(error, out detail);
        }

        /// <summary>A label read by <see cref="TryReadPutSecret"/> as a string (allocates; for the rare put path).</summary>
        public static string LabelToString(char[] label, int length)
        {
            return new string(label, 0, length);
        }

        private static byte CheckPutSecret(byte[] payload, int length)
        {
            // Layout first: every inner length must agree with the payload length.
            if (length < 5)
            {
                return StatusDetail.PayloadLength;
            }

            int labelLength = payload[3];
            int secretLengthOffset = 4 + labelLength;
            if (secretLengthOffset >= length)
            {
                return StatusDetail.PayloadLength;
            }

            int secretLength = payload[secretLengthOffset];
            if (secretLengthOffset + 1 + secretLength != length)
            {
                return StatusDetail.PayloadLength;
            }

            if (payload[0] >= ProtocolLimits.SlotCount)
            {
                return StatusDetail.SlotOutOfRange;
            }

            if (labelLength == 0)
            {
                return StatusDetail.LabelEmpty;
            }

            if (labelLength > ProtocolLimits.MaxLabelLength)
            {
                return StatusDetail.LabelTooLong;
            }

            for (int i = 0; i < labelLength; i++)
            {
                if (!ProtocolLimits.IsPrintableAscii(payload[4 + i]))
                {
                    return StatusDetail.LabelNotPrintableAscii;
                }
            }

            if (secretLength == 0)
            {
                return StatusDetail.SecretEmpty;
            }

            if (secretLength > ProtocolLimits.MaxSecretLength)
            {
                return StatusDetail.SecretTooLong;
            }

            if (!ProtocolLimits.IsSupportedDigits(payload[1]))
            {
                return StatusDetail.DigitsUnsupported;
            }

            if (!ProtocolLimits.IsSupportedPeriod(payload[2]))
            {
                return StatusDetail.PeriodUnsupported;
            }

            return StatusDetail.None;
        }

        private static void CheckPayload(byte[] payload, int length)
        {
            if (payload == null)
            {
                throw new ArgumentNullException("payload");
            }

            if (length < 0 || length > payload.Length)
            {
                throw new ArgumentOutOfRangeException("length");
            }
        }

        private static Status Result(byte error, out byte detail)
        {
            detail = error;
            return error == StatusDetail.None ? Status.Ok : Status.BadArgument;
        }
    }
}

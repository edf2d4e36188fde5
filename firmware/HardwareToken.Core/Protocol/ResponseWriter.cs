using System;
using HardwareToken.Core.Crypto;

namespace HardwareToken.Core.Protocol
{
    /// <summary>
    /// Writes complete response frames (docs/protocol.md §6) into one preallocated buffer. Each Write method
    /// returns the frame length; send <see cref="Buffer"/>[0..length) before writing the next response.
    /// </summary>
    /// <remarks>
    /// Contract: after construction nothing here allocates. Text is written as printable ASCII: any other
    /// character becomes '?', and a firmware version longer than
    /// <see cref="ProtocolLimits.MaxFirmwareVersionLength"/> is cut. Values the wire cannot carry (a label of
    /// 0 or more than 12 characters, a ninth slot, seconds outside 0..255, an AddSlot outside Begin/End) are
    /// caller bugs and throw <see cref="ArgumentOutOfRangeException"/> or <see cref="InvalidOperationException"/>.
    /// No method takes or writes a secret. Not thread-safe.
    /// </remarks>
    public sealed class ResponseWriter
    {
        private const int BodyOffset = FrameFormat.PayloadOffset + 2;

        private readonly byte[] _buffer = new byte[FrameFormat.MaxFrameLength];
        private int _listSequence = -1;
        private int _listCount;
        private int _listPosition;

        /// <summary>The frame written by the last Write or <see cref="EndSlotList"/> call.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>A response with no body: any status, e.g. Ok to a confirmed command, an error, Busy.</summary>
        public int WriteStatus(int sequence, Opcode opcode, Status status, byte detail)
        {
            return WriteStatus(sequence, (int)opcode, status, detail);
        }

        /// <summary>The same for a raw opcode byte (an unknown opcode, or one taken from a failed frame).</summary>
        public int WriteStatus(int sequence, int rawOpcode, Status status, byte detail)
        {
            return Finish(sequence, rawOpcode, status, detail, 0);
        }

        /// <summary>
        /// The reply due for the decoder's last error, or 0 when none is due (Garbage, Timeout: the device stays
        /// silent). TooLong → BadFrame/FrameTooLong, BadCrc → BadCrc, UnsupportedVersion → UnsupportedVersion
        /// with the device's version as detail; each copies the received opcode and sequence.
        /// </summary>
        public int WriteFrameError(FrameDecoder decoder)
        {
            if (decoder == null)
            {
                throw new ArgumentNullException("decoder");
            }

            if (!decoder.HasHeader)
            {
                return 0;
            }

            FrameError error = decoder.Error;
            if (error == FrameError.TooLong)
            {
                return WriteStatus(decoder.Sequence, decoder.RawOpcode, Status.BadFrame, StatusDetail.FrameTooLong);
            }

            if (error == FrameError.BadCrc)
            {
                return WriteStatus(decoder.Sequence, decoder.RawOpcode, Status.BadCrc, StatusDetail.None);
            }

            if (error == FrameError.UnsupportedVersion)
            {
                return WriteStatus(decoder.Sequence, decoder.RawOpcode, Status.UnsupportedVersion, FrameFormat.Version);
            }

            return 0;
        }

        /// <summary>
        /// The interim response of PutSecret, DeleteSlot and WipeAll: the confirmation screen is up and the device
        /// waits <paramref name="secondsToWait"/> seconds. SetTime uses <see cref="WriteAwaitingSetTime"/>.
        /// </summary>
        public int WriteAwaitingButton(int sequence, Opcode opcode, int secondsToWait)
        {
            if (opcode == Opcode.SetTime)
            {
                throw new ArgumentException("SetTime's interim response carries the clock: use WriteAwaitingSetTime", "opcode");
            }

            CheckByte(secondsToWait, "secondsToWait");
            _buffer[BodyOffset] = (byte)secondsToWait;
            return Finish(sequence, (int)opcode, Status.AwaitingButton, StatusDetail.None, 1);
        }

        /// <summary>SetTime's interim response, with the device clock before the change (0 when not set).</summary>
        public int WriteAwaitingSetTime(int sequence, int secondsToWait, bool clockSet, long deviceUtc)
        {
            CheckByte(secondsToWait, "secondsToWait");
            _buffer[BodyOffset] = (byte)secondsToWait;
            _buffer[BodyOffset + 1] = clockSet ? (byte)1 : (byte)0;
            BigEndian.WriteInt64(clockSet ? deviceUtc : 0, _buffer, BodyOffset + 2);
            return Finish(sequence, (int)Opcode.SetTime, Status.AwaitingButton, StatusDetail.None, 10);
        }

        /// <summary>Info's Ok response (docs/protocol.md §6.1). Device UTC is written as 0 when the clock is not set.</summary>
        public int WriteInfo(
            int sequence,
            string firmwareVersion,
            int slotCount,
            int slotsUsed,
            bool clockSet,
            long deviceUtc,
            long lastSyncUtc,
            int driftPartsPerBillion,
            uint syncCount)
        {
            CheckByte(slotCount, "slotCount");
            CheckByte(slotsUsed, "slotsUsed");
            int p = BodyOffset;
            _buffer[p++] = FrameFormat.Version;
            _buffer[p++] = (byte)slotCount;
            _buffer[p++] = (byte)slotsUsed;
            _buffer[p++] = clockSet ? (byte)1 : (byte)0;
            BigEndian.WriteInt64(clockSet ? deviceUtc : 0, _buffer, p);
            p += 8;
            BigEndian.WriteInt64(lastSyncUtc, _buffer, p);
            p += 8;
            BigEndian.WriteUInt32(unchecked((uint)driftPartsPerBillion), _buffer, p);
            p += 4;
            BigEndian.WriteUInt32(syncCount, _buffer, p);
            p += 4;
            int length = firmwareVersion == null ? 0 : firmwareVersion.Length;
            if (length > ProtocolLimits.MaxFirmwareVersionLength)
            {
                length = ProtocolLimits.MaxFirmwareVersionLength;
            }

            _buffer[p++] = (byte)length;
            for (int i = 0; i < length; i++)
            {
                _buffer[p++] = AsciiOrQuestionMark(firmwareVersion[i]);
            }

            return Finish(sequence, (int)Opcode.Info, Status.Ok, StatusDetail.None, p - BodyOffset);
        }

        /// <summary>Starts ListSlots' Ok response; follow with one <see cref="AddSlot(int,string,int,int,byte[],int)"/> per used slot in ascending order, then <see cref="EndSlotList"/>.</summary>
        public void BeginSlotList(int sequence)
        {
            CheckByte(sequence, "sequence");
            _listSequence = sequence;
            _listCount = 0;
            _listPosition = BodyOffset + 1;
        }

        /// <summary>Adds one used slot to the list started by <see cref="BeginSlotList"/>.</summary>
        /// <param name="index">0..7.</param>
        /// <param name="label">1..12 characters.</param>
        /// <param name="digits">The slot's digits.</param>
        /// <param name="period">The slot's period in seconds.</param>
        /// <param name="fingerprint">4 bytes at <paramref name="fingerprintOffset"/> (<see cref="KeyFingerprint"/>).</param>
        /// <param name="fingerprintOffset">Offset of the fingerprint.</param>
        public void AddSlot(int index, string label, int digits, int period, byte[] fingerprint, int fingerprintOffset)
        {
            if (label == null)
            {
                throw new ArgumentNullException("label");
            }

            int p = BeginEntry(index, label.Length, digits, period, fingerprint, fingerprintOffset);
            for (int i = 0; i < label.Length; i++)
            {
                _buffer[p++] = AsciiOrQuestionMark(label[i]);
            }

            _listPosition = p;
        }

        /// <summary>The same with the label as the first <paramref name="labelLength"/> chars of an array.</summary>
        public void AddSlot(int index, char[] label, int labelLength, int digits, int period, byte[] fingerprint, int fingerprintOffset)
        {
            if (label == null)
            {
                throw new ArgumentNullException("label");
            }

            if (labelLength > label.Length)
            {
                throw new ArgumentOutOfRangeException("labelLength");
            }

            int p = BeginEntry(index, labelLength, digits, period, fingerprint, fingerprintOffset);
            for (int i = 0; i < labelLength; i++)
            {
                _buffer[p++] = AsciiOrQuestionMark(label[i]);
            }

            _listPosition = p;
        }

        /// <summary>Completes the list and returns the frame length.</summary>
        public int EndSlotList()
        {
            if (_listSequence < 0)
            {
                throw new InvalidOperationException("EndSlotList without BeginSlotList");
            }

            int sequence = _listSequence;
            _listSequence = -1;
            _buffer[BodyOffset] = (byte)_listCount;
            return Finish(sequence, (int)Opcode.ListSlots, Status.Ok, StatusDetail.None, _listPosition - BodyOffset);
        }

        /// <summary>Verify's Ok response (docs/protocol.md §6.4): the code for the current step, not the key.</summary>
        public int WriteVerify(int sequence, int slot, int code, int digits, long deviceUtc, int secondsLeft)
        {
            CheckByte(slot, "slot");
            CheckByte(digits, "digits");
            CheckByte(secondsLeft, "secondsLeft");
            if (code < 0)
            {
                throw new ArgumentOutOfRangeException("code");
            }

            int p = BodyOffset;
            _buffer[p++] = (byte)slot;
            _buffer[p++] = (byte)digits;
            BigEndian.WriteUInt32((uint)code, _buffer, p);
            p += 4;
            BigEndian.WriteInt64(deviceUtc, _buffer, p);
            p += 8;
            _buffer[p++] = (byte)secondsLeft;
            return Finish(sequence, (int)Opcode.Verify, Status.Ok, StatusDetail.None, p - BodyOffset);
        }

        private int BeginEntry(int index, int labelLength, int digits, int period, byte[] fingerprint, int fingerprintOffset)
        {
            if (_listSequence < 0)
            {
                throw new InvalidOperationException("AddSlot without BeginSlotList");
            }

            if (_listCount >= ProtocolLimits.SlotCount)
            {
                throw new InvalidOperationException("more slots than the token has");
            }

            if (index < 0 || index >= ProtocolLimits.SlotCount)
            {
                throw new ArgumentOutOfRangeException("index");
            }

            if (labelLength < 1 || labelLength > ProtocolLimits.MaxLabelLength)
            {
                throw new ArgumentOutOfRangeException("label");
            }

            CheckByte(digits, "digits");
            CheckByte(period, "period");
            if (fingerprint == null)
            {
                throw new ArgumentNullException("fingerprint");
            }

            if (fingerprintOffset < 0 || fingerprintOffset + ProtocolLimits.FingerprintLength > fingerprint.Length)
            {
                throw new ArgumentOutOfRangeException("fingerprintOffset");
            }

            int p = _listPosition;
            _buffer[p++] = (byte)index;
            _buffer[p++] = (byte)digits;
            _buffer[p++] = (byte)period;
            Array.Copy(fingerprint, fingerprintOffset, _buffer, p, ProtocolLimits.FingerprintLength);
            p += ProtocolLimits.FingerprintLength;
            _buffer[p++] = (byte)labelLength;
            _listCount++;
            return p;
        }

        private int Finish(int sequence, int rawOpcode, Status status, byte detail, int bodyLength)
        {
            CheckByte(sequence, "sequence");
            CheckByte(rawOpcode, "rawOpcode");
            _buffer[FrameFormat.PayloadOffset] = (byte)status;
            _buffer[FrameFormat.PayloadOffset + 1] = detail;
            return FrameFormat.Seal(_buffer, rawOpcode | FrameFormat.ResponseFlag, sequence, 2 + bodyLength);
        }

        private static byte AsciiOrQuestionMark(char c)
        {
            return ProtocolLimits.IsPrintableAscii(c) ? (byte)c : (byte)'?';
        }

        private static void CheckByte(int value, string name)
        {
            if (value < 0 || value > 0xFF)
            {
                throw new ArgumentOutOfRangeException(name);
            }
        }
    }
}

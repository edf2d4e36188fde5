using System;
using HardwareToken.Core.Crypto;

namespace HardwareToken.Core.Protocol
{
    /// <summary>
    /// Reassembles frames (docs/protocol.md §2) from bytes fed one at a time, on the device and on the host.
    /// </summary>
    /// <remarks>
    /// Contract: <see cref="Feed"/> never throws, never allocates and never reads a clock: the caller passes a
    /// monotonic millisecond timestamp with each byte. At most <see cref="FrameFormat.MaxPayload"/> payload
    /// bytes are stored; a declared length above that is reported as <see cref="FrameError.TooLong"/> as soon
    /// as the length byte arrives, and the decoder goes back to hunting for the magic, so the oversized payload
    /// is dropped as garbage, never buffered. After <see cref="FeedResult.FrameReady"/> the frame's fields stay
    /// valid until the next call to <see cref="Feed"/>, <see cref="CheckTimeout"/> or <see cref="Reset"/>.
    /// After an error, <see cref="HasHeader"/> says whether <see cref="RawOpcode"/> and <see cref="Sequence"/>
    /// describe the failed frame. Not thread-safe.
    /// </remarks>
    public sealed class FrameDecoder
    {
        private const int HuntMagic0 = 0;
        private const int HuntMagic1 = 1;
        private const int ReadVersion = 2;
        private const int ReadOpcode = 3;
        private const int ReadSequence = 4;
        private const int ReadLength = 5;
        private const int ReadPayload = 6;
        private const int ReadCrc = 7;

        private readonly byte[] _header = new byte[FrameFormat.HeaderLength];
        private readonly byte[] _payload = new byte[FrameFormat.MaxPayload];

        private int _state;
        private int _payloadLength;
        private int _received;
        private uint _crc;
        private long _lastByteAt;
        private bool _garbageReported;
        private bool _hasHeader;
        private FrameError _error;

        /// <summary>Creates a decoder hunting for the first magic byte. Allocates its buffers once.</summary>
        public FrameDecoder()
        {
            Reset();
        }

        /// <summary>The reason for the last <see cref="FeedResult.Error"/>; <see cref="FrameError.None"/> otherwise.</summary>
        public FrameError Error
        {
            get { return _error; }
        }

        /// <summary>True when the header fields describe the last frame (always after FrameReady; after TooLong, BadCrc, UnsupportedVersion).</summary>
        public bool HasHeader
        {
            get { return _hasHeader; }
        }

        /// <summary>True while part of a frame has been received (the magic or more).</summary>
        public bool InFrame
        {
            get { return _state != HuntMagic0; }
        }

        /// <summary>The version byte of the last frame.</summary>
        public int Version
        {
            get { return _header[2]; }
        }

        /// <summary>The opcode byte of the last frame as received (bit 7 set in responses).</summary>
        public int RawOpcode
        {
            get { return _header[3]; }
        }

        /// <summary>The sequence byte of the last frame.</summary>
        public int Sequence
        {
            get { return _header[4]; }
        }

        /// <summary>The payload of the last frame: the first <see cref="PayloadLength"/> bytes of this array. Do not keep it.</summary>
        public byte[] Payload
        {
            get { return _payload; }
        }

        /// <summary>The payload length of the last ready frame (0 after an error).</summary>
        public int PayloadLength
        {
            get { return _payloadLength; }
        }

        /// <summary>Drops any partial frame and clears the payload buffer (which may hold a secret).</summary>
        public void Reset()
        {
            _state = HuntMagic0;
            _payloadLength = 0;
            _received = 0;
            _crc = 0;
            _lastByteAt = 0;
            _garbageReported = false;
            _hasHeader = false;
            _error = FrameError.None;
            Array.Clear(_header, 0, _header.Length);
            Array.Clear(_payload, 0, _payload.Length);
        }

        /// <summary>Overwrites the payload buffer with zeros (call after handling a frame that carried a secret).</summary>
        public void WipePayload()
        {
            Array.Clear(_payload, 0, _payload.Length);
        }

        /// <summary>
        /// Drops a partial frame whose last byte is more than <see cref="FrameFormat.InterByteTimeoutMilliseconds"/>
        /// old and reports <see cref="FrameError.Timeout"/>; otherwise returns <see cref="FeedResult.None"/>.
        /// Optional: <see cref="Feed"/> does the same check itself when the next byte arrives.
        /// </summary>
        public FeedResult CheckTimeout(long nowMilliseconds)
        {
            if (!IsStale(nowMilliseconds))
            {
                return FeedResult.None;
            }

            DropPartialFrame();
            return Fail(FrameError.Timeout, false);
        }

        /// <summary>Consumes one received byte. Never throws.</summary>
        /// <param name="value">The byte.</param>
        /// <param name="nowMilliseconds">When it arrived, from a monotonic millisecond clock.</param>
        public FeedResult Feed(byte value, long nowMilliseconds)
        {
            bool timedOut = IsStale(nowMilliseconds);
            if (timedOut)
            {
                DropPartialFrame();
            }

            _lastByteAt = nowMilliseconds;
            FeedResult result = Step(value);
            if (timedOut)
            {
                // One byte cannot complete a frame: it started a magic or was garbage. The timeout is the news.
                return Fail(FrameError.Timeout, false);
            }

            return result;
        }

        private bool IsStale(long nowMilliseconds)
        {
            return _state != HuntMagic0 && nowMilliseconds - _lastByteAt > FrameFormat.InterByteTimeoutMilliseconds;
        }

        private void DropPartialFrame()
        {
            if (_state >= ReadPayload)
            {
                Array.Clear(_payload, 0, _payload.Length);
            }

            _state = HuntMagic0;
            _received = 0;
            _garbageReported = false;
        }

        private FeedResult Step(byte value)
        {
            _error = FrameError.None;
            switch (_state)
            {
                case HuntMagic0:
                    if (value == FrameFormat.Magic0)
                    {
                        _header[0] = value;
                        _state = HuntMagic1;
                        return FeedResult.None;
                    }

                    return Garbage();

                case HuntMagic1:
                    if (value == FrameFormat.Magic1)
                    {
                        _header[1] = value;
                        _hasHeader = false;
                        _payloadLength = 0;
                        _state = ReadVersion;
                        return FeedResult.None;
                    }

                    if (value == FrameFormat.Magic0)
                    {
                        // The previous A5 was garbage; this one may start the frame.
                        return Garbage();
                    }

                    _state = HuntMagic0;
                    return Garbage();

                case ReadVersion:
                    _header[2] = value;
                    _state = ReadOpcode;
                    return FeedResult.None;

                case ReadOpcode:
                    _header[3] = value;
                    _state = ReadSequence;
                    return FeedResult.None;

                case ReadSequence:
                    _header[4] = value;
                    _state = ReadLength;
                    return FeedResult.None;

                case ReadLength:
                    _header[5] = value;
                    if (value > FrameFormat.MaxPayload)
                    {
                        _state = HuntMagic0;
                        return Fail(FrameError.TooLong, true);
                    }

                    _received = 0;
                    _crc = 0;
                    _state = value == 0 ? ReadCrc : ReadPayload;
                    return FeedResult.None;

                case ReadPayload:
                    _payload[_received] = value;
                    _received++;
                    if (_received == _header[5])
                    {
                        _received = 0;
                        _state = ReadCrc;
                    }

                    return FeedResult.None;

                default:
                    _crc = (_crc << 8) | value;
                    _received++;
                    if (_received < FrameFormat.CrcLength)
                    {
                        return FeedResult.None;
                    }

                    return Complete();
            }
        }

        private FeedResult Complete()
        {
            _state = HuntMagic0;
            _received = 0;
            int length = _header[5];
            uint expected = Crc32.Finish(Crc32.Update(Crc32.Update(Crc32.Start, _header, 0, FrameFormat.HeaderLength), _payload, 0, length));
            if (expected != _crc)
            {
                Array.Clear(_payload, 0, length);
                return Fail(FrameError.BadCrc, true);
            }

            if (_header[2] != FrameFormat.Version)
            {
                Array.Clear(_payload, 0, length);
                return Fail(FrameError.UnsupportedVersion, true);
            }

            _payloadLength = length;
            _hasHeader = true;
            _garbageReported = false;
            return FeedResult.FrameReady;
        }

        private FeedResult Garbage()
        {
            if (_garbageReported)
            {
                return FeedResult.None;
            }

            _garbageReported = true;
            _hasHeader = false;
            _payloadLength = 0;
            _error = FrameError.Garbage;
            return FeedResult.Error;
        }

        private FeedResult Fail(FrameError error, bool hasHeader)
        {
            _error = error;
            _hasHeader = hasHeader;
            _payloadLength = 0;
            if (hasHeader)
            {
                _garbageReported = false;
            }

            return FeedResult.Error;
        }
    }
}

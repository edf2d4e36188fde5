using System;
using HardwareToken.Core.Crypto;

// The core's file at commit f5c63c0 (before the interpreter rewrite), kept as the benchmark's "previous core" baseline.
namespace HardwareToken.Benchmarks.NanoClr.Previous
{
    /// <summary>
    /// SHA-1 (FIPS 180-4 §6.1), written for an interpreter: one preallocated 64-byte block buffer, one reused
    /// 80-word message schedule, big-endian packing by hand and <c>unchecked</c> uint arithmetic. After
    /// construction nothing here allocates.
    /// </summary>
    /// <remarks>
    /// SHA-1 is broken for collision resistance but HMAC-SHA1 is not: it is what RFC 6238 and AWS use.
    /// The instance is not thread-safe.
    /// </remarks>
    public sealed class Sha1
    {
        /// <summary>Bytes per compression block.</summary>
        public const int BlockSize = 64;

        /// <summary>Bytes in a digest.</summary>
        public const int HashSize = 20;

        private readonly uint[] _state = new uint[5];
        private readonly uint[] _schedule = new uint[80];
        private readonly byte[] _block = new byte[BlockSize];
        private int _blockUsed;
        private long _length;
        private long _compressions;

        public Sha1()
        {
            Reset();
        }

        /// <summary>
        /// How many times the compression function ran on this instance since it was created. Benchmarks and
        /// tests use it to prove a one-time-password costs exactly two compressions.
        /// </summary>
        public long Compressions
        {
            get { return _compressions; }
        }

        /// <summary>Starts a new message from the FIPS 180-4 initial hash value.</summary>
        public void Reset()
        {
            _state[0] = 0x67452301;
            _state[1] = 0xEFCDAB89;
            _state[2] = 0x98BADCFE;
            _state[3] = 0x10325476;
            _state[4] = 0xC3D2E1F0;
            _blockUsed = 0;
            _length = 0;
        }

        /// <summary>
        /// Continues a message from a saved midstate: <paramref name="state"/> after <paramref name="bytesHashed"/>
        /// bytes (a whole number of blocks). This is how HMAC resumes from its precomputed pads.
        /// </summary>
        public void Resume(uint[] state, long bytesHashed)
        {
            if (bytesHashed % BlockSize != 0)
            {
                throw new ArgumentException("a midstate must follow whole blocks", "bytesHashed");
            }

            for (int i = 0; i < 5; i++)
            {
                _state[i] = state[i];
            }

            _blockUsed = 0;
            _length = bytesHashed;
        }

        /// <summary>Copies the five chaining words (valid only on a block boundary).</summary>
        public void SaveState(uint[] destination)
        {
            if (_blockUsed != 0)
            {
                throw new InvalidOperationException("the midstate exists only on a block boundary");
            }

            for (int i = 0; i < 5; i++)
            {
                destination[i] = _state[i];
            }
        }

        /// <summary>Feeds <paramref name="count"/> bytes.</summary>
        public void Update(byte[] data, int offset, int count)
        {
            if (data == null)
            {
                throw new ArgumentNullException("data");
            }

            if (offset < 0 || count < 0 || offset + count > data.Length)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            _length += count;
            while (count > 0)
            {
                if (_blockUsed == 0 && count >= BlockSize)
                {
                    Compress(data, offset);
                    offset += BlockSize;
                    count -= BlockSize;
                    continue;
                }

                int take = BlockSize - _blockUsed;
                if (take > count)
                {
                    take = count;
                }

                Array.Copy(data, offset, _block, _blockUsed, take);
                _blockUsed += take;
                offset += take;
                count -= take;
                if (_blockUsed == BlockSize)
                {
                    Compress(_block, 0);
                    _blockUsed = 0;
                }
            }
        }

        /// <summary>Pads, finishes and writes the 20-byte digest; the instance is then reset.</summary>
        public void Final(byte[] output, int offset)
        {
            long bitLength = _length * 8;
            _block[_blockUsed++] = 0x80;
            if (_blockUsed > BlockSize - 8)
            {
                Array.Clear(_block, _blockUsed, BlockSize - _blockUsed);
                Compress(_block, 0);
                _blockUsed = 0;
            }

            Array.Clear(_block, _blockUsed, BlockSize - 8 - _blockUsed);
            BigEndian.WriteInt64(bitLength, _block, BlockSize - 8);
            Compress(_block, 0);
            for (int i = 0; i < 5; i++)
            {
                BigEndian.WriteUInt32(_state[i], output, offset + (i * 4));
            }

            Array.Clear(_block, 0, BlockSize);
            Reset();
        }

        /// <summary>Wipes the buffers that held message bytes and the chaining state.</summary>
        public void Clear()
        {
            Array.Clear(_block, 0, BlockSize);
            Array.Clear(_schedule, 0, _schedule.Length);
            Reset();
        }

        /// <summary>The FIPS 180-4 compression function on one 64-byte block.</summary>
        private void Compress(byte[] block, int offset)
        {
            unchecked
            {
                uint[] w = _schedule;
                for (int t = 0; t < 16; t++)
                {
                    w[t] = BigEndian.ReadUInt32(block, offset + (t * 4));
                }

                for (int t = 16; t < 80; t++)
                {
                    uint x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
                    w[t] = (x << 1) | (x >> 31);
                }

                uint a = _state[0];
                uint b = _state[1];
                uint c = _state[2];
                uint d = _state[3];
                uint e = _state[4];
                for (int t = 0; t < 80; t++)
                {
                    uint f;
                    uint k;
                    if (t < 20)
                    {
                        f = (b & c) | (~b & d);
                        k = 0x5A827999;
                    }
                    else if (t < 40)
                    {
                        f = b ^ c ^ d;
                        k = 0x6ED9EBA1;
                    }
                    else if (t < 60)
                    {
                        f = (b & c) | (b & d) | (c & d);
                        k = 0x8F1BBCDC;
                    }
                    else
                    {
                        f = b ^ c ^ d;
                        k = 0xCA62C1D6;
                    }

                    uint temp = ((a << 5) | (a >> 27)) + f + e + k + w[t];
                    e = d;
                    d = c;
                    c = (b << 30) | (b >> 2);
                    b = a;
                    a = temp;
                }

                _state[0] += a;
                _state[1] += b;
                _state[2] += c;
                _state[3] += d;
                _state[4] += e;
                _compressions++;
            }
        }
    }
}

using System;

namespace HardwareToken.Core.Crypto
{
    /// <summary>
    /// SHA-1 (FIPS 180-4 §6.1), written for an interpreter (nanoCLR runs IL one instruction at a time, so every
    /// field access, array access and call costs): one preallocated 64-byte block buffer, a compression function
    /// with everything in locals and its 80 rounds unrolled, and <c>unchecked</c> uint arithmetic. After
    /// construction nothing here allocates.
    /// </summary>
    /// <remarks>
    /// SHA-1 is broken for collision resistance but HMAC-SHA1 is not: it is what RFC 6238 and AWS use.
    /// The instance is not thread-safe.
    /// The majority function is written (b &amp; c) | (d &amp; (b | c)), equal to FIPS's (b &amp; c) ^ (b &amp; d) ^ (c &amp; d).
    /// </remarks>
    public sealed class Sha1
    {
        /// <summary>Bytes per compression block.</summary>
        public const int BlockSize = 64;

        /// <summary>Bytes in a digest.</summary>
        public const int HashSize = 20;

        private readonly uint[] _state = new uint[5];
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
                    Compress(_state, data, offset);
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
                    Compress(_state, _block, 0);
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
                Compress(_state, _block, 0);
                _blockUsed = 0;
            }

            Array.Clear(_block, _blockUsed, BlockSize - 8 - _blockUsed);
            BigEndian.WriteInt64(bitLength, _block, BlockSize - 8);
            Compress(_state, _block, 0);
            for (int i = 0; i < 5; i++)
            {
                BigEndian.WriteUInt32(_state[i], output, offset + (i * 4));
            }

            Array.Clear(_block, 0, BlockSize);
            Reset();
        }

        /// <summary>
        /// One compression of the 64-byte block at <paramref name="offset"/> onto <paramref name="state"/> (five chaining
        /// words, updated in place), counted in <see cref="Compressions"/>. For callers that pad fixed-size messages
        /// themselves (HMAC's counter path); the message state of this instance is not touched.
        /// </summary>
        public void CompressBlock(uint[] state, byte[] block, int offset)
        {
            if (offset < 0 || offset > block.Length - BlockSize || state.Length != 5)
            {
                throw new ArgumentOutOfRangeException("offset", "a whole 64-byte block and a 5-word state are needed");
            }

            Compress(state, block, offset);
        }

        /// <summary>Wipes the buffers that held message bytes and the chaining state.</summary>
        public void Clear()
        {
            Array.Clear(_block, 0, BlockSize);
            Reset();
        }

        /// <summary>
        /// The FIPS 180-4 compression function on one 64-byte block, unrolled for an interpreter: the chaining words and
        /// a 16-word rolling message schedule (W[t] kept in w[t mod 16]) live in locals, the five working variables
        /// change roles from round to round instead of being shifted, and no round branches or calls anything.
        /// <paramref name="h"/> is the chaining state, updated in place.
        /// Written out round by round; the loop form it replaces, FIPS 180-4 §6.1.2 verbatim, is kept as the nanoCLR
        /// benchmark's baseline (tests/HardwareToken.Benchmarks.nanoCLR/Previous/Sha1.cs).
        /// </summary>
        private void Compress(uint[] h, byte[] block, int o)
        {
            unchecked
            {
                uint w0 = ((uint)block[o + 0] << 24) | ((uint)block[o + 1] << 16) | ((uint)block[o + 2] << 8) | block[o + 3];
                uint w1 = ((uint)block[o + 4] << 24) | ((uint)block[o + 5] << 16) | ((uint)block[o + 6] << 8) | block[o + 7];
                uint w2 = ((uint)block[o + 8] << 24) | ((uint)block[o + 9] << 16) | ((uint)block[o + 10] << 8) | block[o + 11];
                uint w3 = ((uint)block[o + 12] << 24) | ((uint)block[o + 13] << 16) | ((uint)block[o + 14] << 8) | block[o + 15];
                uint w4 = ((uint)block[o + 16] << 24) | ((uint)block[o + 17] << 16) | ((uint)block[o + 18] << 8) | block[o + 19];
                uint w5 = ((uint)block[o + 20] << 24) | ((uint)block[o + 21] << 16) | ((uint)block[o + 22] << 8) | block[o + 23];
                uint w6 = ((uint)block[o + 24] << 24) | ((uint)block[o + 25] << 16) | ((uint)block[o + 26] << 8) | block[o + 27];
                uint w7 = ((uint)block[o + 28] << 24) | ((uint)block[o + 29] << 16) | ((uint)block[o + 30] << 8) | block[o + 31];
                uint w8 = ((uint)block[o + 32] << 24) | ((uint)block[o + 33] << 16) | ((uint)block[o + 34] << 8) | block[o + 35];
                uint w9 = ((uint)block[o + 36] << 24) | ((uint)block[o + 37] << 16) | ((uint)block[o + 38] << 8) | block[o + 39];
                uint w10 = ((uint)block[o + 40] << 24) | ((uint)block[o + 41] << 16) | ((uint)block[o + 42] << 8) | block[o + 43];
                uint w11 = ((uint)block[o + 44] << 24) | ((uint)block[o + 45] << 16) | ((uint)block[o + 46] << 8) | block[o + 47];
                uint w12 = ((uint)block[o + 48] << 24) | ((uint)block[o + 49] << 16) | ((uint)block[o + 50] << 8) | block[o + 51];
                uint w13 = ((uint)block[o + 52] << 24) | ((uint)block[o + 53] << 16) | ((uint)block[o + 54] << 8) | block[o + 55];
                uint w14 = ((uint)block[o + 56] << 24) | ((uint)block[o + 57] << 16) | ((uint)block[o + 58] << 8) | block[o + 59];
                uint w15 = ((uint)block[o + 60] << 24) | ((uint)block[o + 61] << 16) | ((uint)block[o + 62] << 8) | block[o + 63];
                uint a = h[0];
                uint b = h[1];
                uint c = h[2];
                uint d = h[3];
                uint e = h[4];
                uint x;

                // rounds 0-19
                e += ((a << 5) | (a >> 27)) + ((b & c) | (~b & d)) + 0x5A827999 + w0;
                b = (b << 30) | (b >> 2);
                d += ((e << 5) | (e >> 27)) + ((a & b) | (~a & c)) + 0x5A827999 + w1;
                a = (a << 30) | (a >> 2);
                c += ((d << 5) | (d >> 27)) + ((e & a) | (~e & b)) + 0x5A827999 + w2;
                e = (e << 30) | (e >> 2);
                b += ((c << 5) | (c >> 27)) + ((d & e) | (~d & a)) + 0x5A827999 + w3;
                d = (d << 30) | (d >> 2);
                a += ((b << 5) | (b >> 27)) + ((c & d) | (~c & e)) + 0x5A827999 + w4;
                c = (c << 30) | (c >> 2);
                e += ((a << 5) | (a >> 27)) + ((b & c) | (~b & d)) + 0x5A827999 + w5;
                b = (b << 30) | (b >> 2);
                d += ((e << 5) | (e >> 27)) + ((a & b) | (~a & c)) + 0x5A827999 + w6;
                a = (a << 30) | (a >> 2);
                c += ((d << 5) | (d >> 27)) + ((e & a) | (~e & b)) + 0x5A827999 + w7;
                e = (e << 30) | (e >> 2);
                b += ((c << 5) | (c >> 27)) + ((d & e) | (~d & a)) + 0x5A827999 + w8;
                d = (d << 30) | (d >> 2);
                a += ((b << 5) | (b >> 27)) + ((c & d) | (~c & e)) + 0x5A827999 + w9;
                c = (c << 30) | (c >> 2);
                e += ((a << 5) | (a >> 27)) + ((b & c) | (~b & d)) + 0x5A827999 + w10;
                b = (b << 30) | (b >> 2);
                d += ((e << 5) | (e >> 27)) + ((a & b) | (~a & c)) + 0x5A827999 + w11;
                a = (a << 30) | (a >> 2);
                c += ((d << 5) | (d >> 27)) + ((e & a) | (~e & b)) + 0x5A827999 + w12;
                e = (e << 30) | (e >> 2);
                b += ((c << 5) | (c >> 27)) + ((d & e) | (~d & a)) + 0x5A827999 + w13;
                d = (d << 30) | (d >> 2);
                a += ((b << 5) | (b >> 27)) + ((c & d) | (~c & e)) + 0x5A827999 + w14;
                c = (c << 30) | (c >> 2);
                e += ((a << 5) | (a >> 27)) + ((b & c) | (~b & d)) + 0x5A827999 + w15;
                b = (b << 30) | (b >> 2);
                x = w13 ^ w8 ^ w2 ^ w0;
                w0 = (x << 1) | (x >> 31);
                d += ((e << 5) | (e >> 27)) + ((a & b) | (~a & c)) + 0x5A827999 + w0;
                a = (a << 30) | (a >> 2);
                x = w14 ^ w9 ^ w3 ^ w1;
                w1 = (x << 1) | (x >> 31);
                c += ((d << 5) | (d >> 27)) + ((e & a) | (~e & b)) + 0x5A827999 + w1;
                e = (e << 30) | (e >> 2);
                x = w15 ^ w10 ^ w4 ^ w2;
                w2 = (x << 1) | (x >> 31);
                b += ((c << 5) | (c >> 27)) + ((d & e) | (~d & a)) + 0x5A827999 + w2;
                d = (d << 30) | (d >> 2);
                x = w0 ^ w11 ^ w5 ^ w3;
                w3 = (x << 1) | (x >> 31);
                a += ((b << 5) | (b >> 27)) + ((c & d) | (~c & e)) + 0x5A827999 + w3;
                c = (c << 30) | (c >> 2);

                // rounds 20-39
                x = w1 ^ w12 ^ w6 ^ w4;
                w4 = (x << 1) | (x >> 31);
                e += ((a << 5) | (a >> 27)) + (b ^ c ^ d) + 0x6ED9EBA1 + w4;
                b = (b << 30) | (b >> 2);
                x = w2 ^ w13 ^ w7 ^ w5;
                w5 = (x << 1) | (x >> 31);
                d += ((e << 5) | (e >> 27)) + (a ^ b ^ c) + 0x6ED9EBA1 + w5;
                a = (a << 30) | (a >> 2);
                x = w3 ^ w14 ^ w8 ^ w6;
                w6 = (x << 1) | (x >> 31);
                c += ((d << 5) | (d >> 27)) + (e ^ a ^ b) + 0x6ED9EBA1 + w6;
                e = (e << 30) | (e >> 2);
                x = w4 ^ w15 ^ w9 ^ w7;
                w7 = (x << 1) | (x >> 31);
                b += ((c << 5) | (c >> 27)) + (d ^ e ^ a) + 0x6ED9EBA1 + w7;
                d = (d << 30) | (d >> 2);
                x = w5 ^ w0 ^ w10 ^ w8;
                w8 = (x << 1) | (x >> 31);
                a += ((b << 5) | (b >> 27)) + (c ^ d ^ e) + 0x6ED9EBA1 + w8;
                c = (c << 30) | (c >> 2);
                x = w6 ^ w1 ^ w11 ^ w9;
                w9 = (x << 1) | (x >> 31);
                e += ((a << 5) | (a >> 27)) + (b ^ c ^ d) + 0x6ED9EBA1 + w9;
                b = (b << 30) | (b >> 2);
                x = w7 ^ w2 ^ w12 ^ w10;
                w10 = (x << 1) | (x >> 31);
                d += ((e << 5) | (e >> 27)) + (a ^ b ^ c) + 0x6ED9EBA1 + w10;
                a = (a << 30) | (a >> 2);
                x = w8 ^ w3 ^ w13 ^ w11;
                w11 = (x << 1) | (x >> 31);
                c += ((d << 5) | (d >> 27)) + (e ^ a ^ b) + 0x6ED9EBA1 + w11;
                e = (e << 30) | (e >> 2);
                x = w9 ^ w4 ^ w14 ^ w12;
                w12 = (x << 1) | (x >> 31);
                b += ((c << 5) | (c >> 27)) + (d ^ e ^ a) + 0x6ED9EBA1 + w12;
                d = (d << 30) | (d >> 2);
                x = w10 ^ w5 ^ w15 ^ w13;
                w13 = (x << 1) | (x >> 31);
                a += ((b << 5) | (b >> 27)) + (c ^ d ^ e) + 0x6ED9EBA1 + w13;
                c = (c << 30) | (c >> 2);
                x = w11 ^ w6 ^ w0 ^ w14;
                w14 = (x << 1) | (x >> 31);
                e += ((a << 5) | (a >> 27)) + (b ^ c ^ d) + 0x6ED9EBA1 + w14;
                b = (b << 30) | (b >> 2);
                x = w12 ^ w7 ^ w1 ^ w15;
                w15 = (x << 1) | (x >> 31);
                d += ((e << 5) | (e >> 27)) + (a ^ b ^ c) + 0x6ED9EBA1 + w15;
                a = (a << 30) | (a >> 2);
                x = w13 ^ w8 ^ w2 ^ w0;
                w0 = (x << 1) | (x >> 31);
                c += ((d << 5) | (d >> 27)) + (e ^ a ^ b) + 0x6ED9EBA1 + w0;
                e = (e << 30) | (e >> 2);
                x = w14 ^ w9 ^ w3 ^ w1;
                w1 = (x << 1) | (x >> 31);
                b += ((c << 5) | (c >> 27)) + (d ^ e ^ a) + 0x6ED9EBA1 + w1;
                d = (d << 30) | (d >> 2);
                x = w15 ^ w10 ^ w4 ^ w2;
                w2 = (x << 1) | (x >> 31);
                a += ((b << 5) | (b >> 27)) + (c ^ d ^ e) + 0x6ED9EBA1 + w2;
                c = (c << 30) | (c >> 2);
                x = w0 ^ w11 ^ w5 ^ w3;
                w3 = (x << 1) | (x >> 31);
                e += ((a << 5) | (a >> 27)) + (b ^ c ^ d) + 0x6ED9EBA1 + w3;
                b = (b << 30) | (b >> 2);
                x = w1 ^ w12 ^ w6 ^ w4;
                w4 = (x << 1) | (x >> 31);
                d += ((e << 5) | (e >> 27)) + (a ^ b ^ c) + 0x6ED9EBA1 + w4;
                a = (a << 30) | (a >> 2);
                x = w2 ^ w13 ^ w7 ^ w5;
                w5 = (x << 1) | (x >> 31);
                c += ((d << 5) | (d >> 27)) + (e ^ a ^ b) + 0x6ED9EBA1 + w5;
                e = (e << 30) | (e >> 2);
                x = w3 ^ w14 ^ w8 ^ w6;
                w6 = (x << 1) | (x >> 31);
                b += ((c << 5) | (c >> 27)) + (d ^ e ^ a) + 0x6ED9EBA1 + w6;
                d = (d << 30) | (d >> 2);
                x = w4 ^ w15 ^ w9 ^ w7;
                w7 = (x << 1) | (x >> 31);
                a += ((b << 5) | (b >> 27)) + (c ^ d ^ e) + 0x6ED9EBA1 + w7;
                c = (c << 30) | (c >> 2);

                // rounds 40-59
                x = w5 ^ w0 ^ w10 ^ w8;
                w8 = (x << 1) | (x >> 31);
                e += ((a << 5) | (a >> 27)) + ((b & c) | (d & (b | c))) + 0x8F1BBCDC + w8;
                b = (b << 30) | (b >> 2);
                x = w6 ^ w1 ^ w11 ^ w9;
                w9 = (x << 1) | (x >> 31);
                d += ((e << 5) | (e >> 27)) + ((a & b) | (c & (a | b))) + 0x8F1BBCDC + w9;
                a = (a << 30) | (a >> 2);
                x = w7 ^ w2 ^ w12 ^ w10;
                w10 = (x << 1) | (x >> 31);
                c += ((d << 5) | (d >> 27)) + ((e & a) | (b & (e | a))) + 0x8F1BBCDC + w10;
                e = (e << 30) | (e >> 2);
                x = w8 ^ w3 ^ w13 ^ w11;
                w11 = (x << 1) | (x >> 31);
                b += ((c << 5) | (c >> 27)) + ((d & e) | (a & (d | e))) + 0x8F1BBCDC + w11;
                d = (d << 30) | (d >> 2);
                x = w9 ^ w4 ^ w14 ^ w12;
                w12 = (x << 1) | (x >> 31);
                a += ((b << 5) | (b >> 27)) + ((c & d) | (e & (c | d))) + 0x8F1BBCDC + w12;
                c = (c << 30) | (c >> 2);
                x = w10 ^ w5 ^ w15 ^ w13;
                w13 = (x << 1) | (x >> 31);
                e += ((a << 5) | (a >> 27)) + ((b & c) | (d & (b | c))) + 0x8F1BBCDC + w13;
                b = (b << 30) | (b >> 2);
                x = w11 ^ w6 ^ w0 ^ w14;
                w14 = (x << 1) | (x >> 31);
                d += ((e << 5) | (e >> 27)) + ((a & b) | (c & (a | b))) + 0x8F1BBCDC + w14;
                a = (a << 30) | (a >> 2);
                x = w12 ^ w7 ^ w1 ^ w15;
                w15 = (x << 1) | (x >> 31);
                c += ((d << 5) | (d >> 27)) + ((e & a) | (b & (e | a))) + 0x8F1BBCDC + w15;
                e = (e << 30) | (e >> 2);
                x = w13 ^ w8 ^ w2 ^ w0;
                w0 = (x << 1) | (x >> 31);
                b += ((c << 5) | (c >> 27)) + ((d & e) | (a & (d | e))) + 0x8F1BBCDC + w0;
                d = (d << 30) | (d >> 2);
                x = w14 ^ w9 ^ w3 ^ w1;
                w1 = (x << 1) | (x >> 31);
                a += ((b << 5) | (b >> 27)) + ((c & d) | (e & (c | d))) + 0x8F1BBCDC + w1;
                c = (c << 30) | (c >> 2);
                x = w15 ^ w10 ^ w4 ^ w2;
                w2 = (x << 1) | (x >> 31);
                e += ((a << 5) | (a >> 27)) + ((b & c) | (d & (b | c))) + 0x8F1BBCDC + w2;
                b = (b << 30) | (b >> 2);
                x = w0 ^ w11 ^ w5 ^ w3;
                w3 = (x << 1) | (x >> 31);
                d += ((e << 5) | (e >> 27)) + ((a & b) | (c & (a | b))) + 0x8F1BBCDC + w3;
                a = (a << 30) | (a >> 2);
                x = w1 ^ w12 ^ w6 ^ w4;
                w4 = (x << 1) | (x >> 31);
                c += ((d << 5) | (d >> 27)) + ((e & a) | (b & (e | a))) + 0x8F1BBCDC + w4;
                e = (e << 30) | (e >> 2);
                x = w2 ^ w13 ^ w7 ^ w5;
                w5 = (x << 1) | (x >> 31);
                b += ((c << 5) | (c >> 27)) + ((d & e) | (a & (d | e))) + 0x8F1BBCDC + w5;
                d = (d << 30) | (d >> 2);
                x = w3 ^ w14 ^ w8 ^ w6;
                w6 = (x << 1) | (x >> 31);
                a += ((b << 5) | (b >> 27)) + ((c & d) | (e & (c | d))) + 0x8F1BBCDC + w6;
                c = (c << 30) | (c >> 2);
                x = w4 ^ w15 ^ w9 ^ w7;
                w7 = (x << 1) | (x >> 31);
                e += ((a << 5) | (a >> 27)) + ((b & c) | (d & (b | c))) + 0x8F1BBCDC + w7;
                b = (b << 30) | (b >> 2);
                x = w5 ^ w0 ^ w10 ^ w8;
                w8 = (x << 1) | (x >> 31);
                d += ((e << 5) | (e >> 27)) + ((a & b) | (c & (a | b))) + 0x8F1BBCDC + w8;
                a = (a << 30) | (a >> 2);
                x = w6 ^ w1 ^ w11 ^ w9;
                w9 = (x << 1) | (x >> 31);
                c += ((d << 5) | (d >> 27)) + ((e & a) | (b & (e | a))) + 0x8F1BBCDC + w9;
                e = (e << 30) | (e >> 2);
                x = w7 ^ w2 ^ w12 ^ w10;
                w10 = (x << 1) | (x >> 31);
                b += ((c << 5) | (c >> 27)) + ((d & e) | (a & (d | e))) + 0x8F1BBCDC + w10;
                d = (d << 30) | (d >> 2);
                x = w8 ^ w3 ^ w13 ^ w11;
                w11 = (x << 1) | (x >> 31);
                a += ((b << 5) | (b >> 27)) + ((c & d) | (e & (c | d))) + 0x8F1BBCDC + w11;
                c = (c << 30) | (c >> 2);

                // rounds 60-79
                x = w9 ^ w4 ^ w14 ^ w12;
                w12 = (x << 1) | (x >> 31);
                e += ((a << 5) | (a >> 27)) + (b ^ c ^ d) + 0xCA62C1D6 + w12;
                b = (b << 30) | (b >> 2);
                x = w10 ^ w5 ^ w15 ^ w13;
                w13 = (x << 1) | (x >> 31);
                d += ((e << 5) | (e >> 27)) + (a ^ b ^ c) + 0xCA62C1D6 + w13;
                a = (a << 30) | (a >> 2);
                x = w11 ^ w6 ^ w0 ^ w14;
                w14 = (x << 1) | (x >> 31);
                c += ((d << 5) | (d >> 27)) + (e ^ a ^ b) + 0xCA62C1D6 + w14;
                e = (e << 30) | (e >> 2);
                x = w12 ^ w7 ^ w1 ^ w15;
                w15 = (x << 1) | (x >> 31);
                b += ((c << 5) | (c >> 27)) + (d ^ e ^ a) + 0xCA62C1D6 + w15;
                d = (d << 30) | (d >> 2);
                x = w13 ^ w8 ^ w2 ^ w0;
                w0 = (x << 1) | (x >> 31);
                a += ((b << 5) | (b >> 27)) + (c ^ d ^ e) + 0xCA62C1D6 + w0;
                c = (c << 30) | (c >> 2);
                x = w14 ^ w9 ^ w3 ^ w1;
                w1 = (x << 1) | (x >> 31);
                e += ((a << 5) | (a >> 27)) + (b ^ c ^ d) + 0xCA62C1D6 + w1;
                b = (b << 30) | (b >> 2);
                x = w15 ^ w10 ^ w4 ^ w2;
                w2 = (x << 1) | (x >> 31);
                d += ((e << 5) | (e >> 27)) + (a ^ b ^ c) + 0xCA62C1D6 + w2;
                a = (a << 30) | (a >> 2);
                x = w0 ^ w11 ^ w5 ^ w3;
                w3 = (x << 1) | (x >> 31);
                c += ((d << 5) | (d >> 27)) + (e ^ a ^ b) + 0xCA62C1D6 + w3;
                e = (e << 30) | (e >> 2);
                x = w1 ^ w12 ^ w6 ^ w4;
                w4 = (x << 1) | (x >> 31);
                b += ((c << 5) | (c >> 27)) + (d ^ e ^ a) + 0xCA62C1D6 + w4;
                d = (d << 30) | (d >> 2);
                x = w2 ^ w13 ^ w7 ^ w5;
                w5 = (x << 1) | (x >> 31);
                a += ((b << 5) | (b >> 27)) + (c ^ d ^ e) + 0xCA62C1D6 + w5;
                c = (c << 30) | (c >> 2);
                x = w3 ^ w14 ^ w8 ^ w6;
                w6 = (x << 1) | (x >> 31);
                e += ((a << 5) | (a >> 27)) + (b ^ c ^ d) + 0xCA62C1D6 + w6;
                b = (b << 30) | (b >> 2);
                x = w4 ^ w15 ^ w9 ^ w7;
                w7 = (x << 1) | (x >> 31);
                d += ((e << 5) | (e >> 27)) + (a ^ b ^ c) + 0xCA62C1D6 + w7;
                a = (a << 30) | (a >> 2);
                x = w5 ^ w0 ^ w10 ^ w8;
                w8 = (x << 1) | (x >> 31);
                c += ((d << 5) | (d >> 27)) + (e ^ a ^ b) + 0xCA62C1D6 + w8;
                e = (e << 30) | (e >> 2);
                x = w6 ^ w1 ^ w11 ^ w9;
                w9 = (x << 1) | (x >> 31);
                b += ((c << 5) | (c >> 27)) + (d ^ e ^ a) + 0xCA62C1D6 + w9;
                d = (d << 30) | (d >> 2);
                x = w7 ^ w2 ^ w12 ^ w10;
                w10 = (x << 1) | (x >> 31);
                a += ((b << 5) | (b >> 27)) + (c ^ d ^ e) + 0xCA62C1D6 + w10;
                c = (c << 30) | (c >> 2);
                x = w8 ^ w3 ^ w13 ^ w11;
                w11 = (x << 1) | (x >> 31);
                e += ((a << 5) | (a >> 27)) + (b ^ c ^ d) + 0xCA62C1D6 + w11;
                b = (b << 30) | (b >> 2);
                x = w9 ^ w4 ^ w14 ^ w12;
                w12 = (x << 1) | (x >> 31);
                d += ((e << 5) | (e >> 27)) + (a ^ b ^ c) + 0xCA62C1D6 + w12;
                a = (a << 30) | (a >> 2);
                x = w10 ^ w5 ^ w15 ^ w13;
                w13 = (x << 1) | (x >> 31);
                c += ((d << 5) | (d >> 27)) + (e ^ a ^ b) + 0xCA62C1D6 + w13;
                e = (e << 30) | (e >> 2);
                x = w11 ^ w6 ^ w0 ^ w14;
                w14 = (x << 1) | (x >> 31);
                b += ((c << 5) | (c >> 27)) + (d ^ e ^ a) + 0xCA62C1D6 + w14;
                d = (d << 30) | (d >> 2);
                x = w12 ^ w7 ^ w1 ^ w15;
                w15 = (x << 1) | (x >> 31);
                a += ((b << 5) | (b >> 27)) + (c ^ d ^ e) + 0xCA62C1D6 + w15;
                c = (c << 30) | (c >> 2);

                h[0] += a;
                h[1] += b;
                h[2] += c;
                h[3] += d;
                h[4] += e;
                _compressions++;
            }
        }
    }
}

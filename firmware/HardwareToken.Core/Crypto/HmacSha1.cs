using System;

namespace HardwareToken.Core.Crypto
{
    /// <summary>
    /// HMAC-SHA1 (RFC 2104) with the inner and outer pad midstates computed once per key.
    /// </summary>
    /// <remarks>
    /// <para>Keys of any length from 1 byte are accepted; keys longer than the 64-byte block are hashed first,
    /// as RFC 2104 §3 requires. <see cref="SetKey"/> absorbs <c>K0 ^ ipad</c> and <c>K0 ^ opad</c> into two
    /// saved SHA-1 states and wipes the padded key, so the instance keeps only the two midstates.</para>
    /// <para><see cref="ComputeCounter"/> is the one-time-password path: an 8-byte message costs exactly one
    /// inner and one outer compression and allocates nothing. <see cref="Compressions"/> counts them. Both blocks
    /// have a fixed layout, so it fills them in place and compresses them directly, without the general
    /// Update/Final bookkeeping (each call and field access is paid for in an interpreter).</para>
    /// </remarks>
    public sealed class HmacSha1
    {
        private const byte InnerPad = 0x36;
        private const byte OuterPad = 0x5C;

        private readonly Sha1 _sha = new Sha1();
        private readonly uint[] _innerState = new uint[5];
        private readonly uint[] _outerState = new uint[5];
        private readonly byte[] _pad = new byte[Sha1.BlockSize];
        private readonly byte[] _innerHash = new byte[Sha1.HashSize];
        private readonly byte[] _counterBlock = PaddedBlock(8);
        private readonly byte[] _digestBlock = PaddedBlock(Sha1.HashSize);
        private readonly uint[] _work = new uint[5];
        private bool _hasKey;

        public HmacSha1()
        {
        }

        public HmacSha1(byte[] key, int offset, int length)
        {
            SetKey(key, offset, length);
        }

        /// <summary>True once a key has been set (and not cleared).</summary>
        public bool HasKey
        {
            get { return _hasKey; }
        }

        /// <summary>SHA-1 compressions run by this instance, key setup included.</summary>
        public long Compressions
        {
            get { return _sha.Compressions; }
        }

        /// <summary>Precomputes the two pad midstates for a key of 1 or more bytes.</summary>
        public void SetKey(byte[] key, int offset, int length)
        {
            if (key == null)
            {
                throw new ArgumentNullException("key");
            }

            if (length < 1 || offset < 0 || offset + length > key.Length)
            {
                throw new ArgumentOutOfRangeException("length", "an HMAC key needs at least one byte");
            }

            Array.Clear(_pad, 0, _pad.Length);
            if (length > Sha1.BlockSize)
            {
                _sha.Reset();
                _sha.Update(key, offset, length);
                _sha.Final(_pad, 0);
            }
            else
            {
                Array.Copy(key, offset, _pad, 0, length);
            }

            for (int i = 0; i < _pad.Length; i++)
            {
                _pad[i] ^= InnerPad;
            }

            _sha.Reset();
            _sha.Update(_pad, 0, _pad.Length);
            _sha.SaveState(_innerState);

            for (int i = 0; i < _pad.Length; i++)
            {
                _pad[i] ^= InnerPad ^ OuterPad;
            }

            _sha.Reset();
            _sha.Update(_pad, 0, _pad.Length);
            _sha.SaveState(_outerState);

            Array.Clear(_pad, 0, _pad.Length);
            _sha.Clear();
            _hasKey = true;
        }

        /// <summary>HMAC of an arbitrary message into <paramref name="output"/> (20 bytes).</summary>
        public void ComputeHash(byte[] message, int offset, int count, byte[] output, int outputOffset)
        {
            RequireKey();
            _sha.Resume(_innerState, Sha1.BlockSize);
            _sha.Update(message, offset, count);
            Finish(output, outputOffset);
        }

        /// <summary>
        /// HMAC of a counter as 8 big-endian bytes (RFC 4226 §5.2): the HOTP/TOTP message. Exactly two
        /// compressions, no allocation.
        /// </summary>
        public void ComputeCounter(long counter, byte[] output, int outputOffset)
        {
            RequireKey();
            if (outputOffset < 0 || outputOffset > output.Length - Sha1.HashSize)
            {
                throw new ArgumentOutOfRangeException("outputOffset");
            }

            unchecked
            {
                // Inner hash: the ipad midstate, then one block that is the counter followed by SHA-1's padding for a
                // 72-byte message (the rest of _counterBlock was written once, by the constructor).
                byte[] block = _counterBlock;
                block[0] = (byte)(counter >> 56);
                block[1] = (byte)(counter >> 48);
                block[2] = (byte)(counter >> 40);
                block[3] = (byte)(counter >> 32);
                block[4] = (byte)(counter >> 24);
                block[5] = (byte)(counter >> 16);
                block[6] = (byte)(counter >> 8);
                block[7] = (byte)counter;
                uint[] work = _work;
                uint[] saved = _innerState;
                work[0] = saved[0];
                work[1] = saved[1];
                work[2] = saved[2];
                work[3] = saved[3];
                work[4] = saved[4];
                _sha.CompressBlock(work, block, 0);

                // Outer hash: the opad midstate, then one block that is the 20-byte inner hash and the padding for an
                // 84-byte message.
                block = _digestBlock;
                for (int i = 0; i < 5; i++)
                {
                    uint word = work[i];
                    int at = i * 4;
                    block[at] = (byte)(word >> 24);
                    block[at + 1] = (byte)(word >> 16);
                    block[at + 2] = (byte)(word >> 8);
                    block[at + 3] = (byte)word;
                }

                saved = _outerState;
                work[0] = saved[0];
                work[1] = saved[1];
                work[2] = saved[2];
                work[3] = saved[3];
                work[4] = saved[4];
                _sha.CompressBlock(work, block, 0);
                for (int i = 0; i < 5; i++)
                {
                    uint word = work[i];
                    int at = outputOffset + (i * 4);
                    output[at] = (byte)(word >> 24);
                    output[at + 1] = (byte)(word >> 16);
                    output[at + 2] = (byte)(word >> 8);
                    output[at + 3] = (byte)word;
                }
            }
        }

        /// <summary>Wipes the key midstates; the instance needs a new key before use.</summary>
        public void Clear()
        {
            Array.Clear(_innerState, 0, 5);
            Array.Clear(_outerState, 0, 5);
            Array.Clear(_innerHash, 0, _innerHash.Length);
            Array.Clear(_counterBlock, 0, 8);
            Array.Clear(_digestBlock, 0, Sha1.HashSize);
            Array.Clear(_work, 0, _work.Length);
            _sha.Clear();
            _hasKey = false;
        }

        /// <summary>
        /// A final SHA-1 block for a message of one 64-byte pad block plus <paramref name="tail"/> bytes: the tail's
        /// place left zero, then 0x80, zeros, and the message length in bits, big-endian (FIPS 180-4 §5.1.1).
        /// </summary>
        private static byte[] PaddedBlock(int tail)
        {
            byte[] block = new byte[Sha1.BlockSize];
            block[tail] = 0x80;
            BigEndian.WriteInt64((long)(Sha1.BlockSize + tail) * 8, block, Sha1.BlockSize - 8);
            return block;
        }

        private void Finish(byte[] output, int outputOffset)
        {
            _sha.Final(_innerHash, 0);
            _sha.Resume(_outerState, Sha1.BlockSize);
            _sha.Update(_innerHash, 0, _innerHash.Length);
            _sha.Final(output, outputOffset);
        }

        private void RequireKey()
        {
            if (!_hasKey)
            {
                throw new InvalidOperationException("no HMAC key has been set");
            }
        }
    }
}

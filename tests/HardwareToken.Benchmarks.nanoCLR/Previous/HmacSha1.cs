using System;
using HardwareToken.Core.Crypto;

// The core's file at commit f5c63c0 (before the interpreter rewrite), kept as the benchmark's "previous core" baseline.
namespace HardwareToken.Benchmarks.NanoClr.Previous
{
    /// <summary>
    /// HMAC-SHA1 (RFC 2104) with the inner and outer pad midstates computed once per key.
    /// </summary>
    /// <remarks>
    /// <para>Keys of any length from 1 byte are accepted; keys longer than the 64-byte block are hashed first,
    /// as RFC 2104 §3 requires. <see cref="SetKey"/> absorbs <c>K0 ^ ipad</c> and <c>K0 ^ opad</c> into two
    /// saved SHA-1 states and wipes the padded key, so the instance keeps only the two midstates.</para>
    /// <para><see cref="ComputeCounter"/> is the one-time-password path: an 8-byte message costs exactly one
    /// inner and one outer compression and allocates nothing. <see cref="Compressions"/> counts them.</para>
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
        private readonly byte[] _counter = new byte[8];
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
            BigEndian.WriteInt64(counter, _counter, 0);
            _sha.Resume(_innerState, Sha1.BlockSize);
            _sha.Update(_counter, 0, _counter.Length);
            Finish(output, outputOffset);
        }

        /// <summary>Wipes the key midstates; the instance needs a new key before use.</summary>
        public void Clear()
        {
            Array.Clear(_innerState, 0, 5);
            Array.Clear(_outerState, 0, 5);
            Array.Clear(_innerHash, 0, _innerHash.Length);
            Array.Clear(_counter, 0, _counter.Length);
            _sha.Clear();
            _hasKey = false;
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

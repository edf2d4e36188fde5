using System;
using HardwareToken.Core.Crypto;

namespace HardwareToken.Core.Otp
{
    /// <summary>
    /// One account's code generator: an HMAC-SHA1 key with precomputed midstates plus digits, period and T0.
    /// After <see cref="SetKey"/> every code costs two SHA-1 compressions and allocates nothing.
    /// </summary>
    public sealed class OtpGenerator
    {
        private readonly HmacSha1 _mac = new HmacSha1();
        private readonly byte[] _hash = new byte[Sha1.HashSize];
        private int _digits = 6;
        private int _period = Otp.Totp.DefaultPeriod;
        private long _t0;

        /// <summary>Digits per code (6 to 8).</summary>
        public int Digits
        {
            get { return _digits; }
        }

        /// <summary>Seconds per step.</summary>
        public int Period
        {
            get { return _period; }
        }

        /// <summary>The Unix time at which step 0 starts (RFC 6238 T0; 0 for every real service).</summary>
        public long T0
        {
            get { return _t0; }
        }

        /// <summary>SHA-1 compressions so far (two per code after key setup).</summary>
        public long Compressions
        {
            get { return _mac.Compressions; }
        }

        /// <summary>True once a key is loaded.</summary>
        public bool HasKey
        {
            get { return _mac.HasKey; }
        }

        /// <summary>Loads a key and the code parameters; the caller may wipe its copy of the key afterwards.</summary>
        public void SetKey(byte[] key, int offset, int length, int digits, int period, long t0)
        {
            Otp.Hotp.CheckDigits(digits);
            if (period < 1)
            {
                throw new ArgumentOutOfRangeException("period", "the time step must be at least one second");
            }

            _mac.SetKey(key, offset, length);
            _digits = digits;
            _period = period;
            _t0 = t0;
        }

        /// <summary>The HOTP code for a counter (RFC 4226).</summary>
        public int HotpCode(long counter)
        {
            _mac.ComputeCounter(counter, _hash, 0);
            return Otp.Hotp.Truncate(_hash, 0, _digits);
        }

        /// <summary>The TOTP code valid at <paramref name="unixSeconds"/> (RFC 6238).</summary>
        public int TotpCode(long unixSeconds)
        {
            return HotpCode(Otp.Totp.Counter(unixSeconds, _period, _t0));
        }

        /// <summary>The code of the step after the one containing <paramref name="unixSeconds"/>.</summary>
        public int NextTotpCode(long unixSeconds)
        {
            return HotpCode(Otp.Totp.Counter(unixSeconds, _period, _t0) + 1);
        }

        /// <summary>Seconds the code for <paramref name="unixSeconds"/> stays valid (1..period).</summary>
        public int SecondsLeft(long unixSeconds)
        {
            return Otp.Totp.SecondsLeft(unixSeconds, _period, _t0);
        }

        /// <summary>Wipes the key.</summary>
        public void Clear()
        {
            _mac.Clear();
            Array.Clear(_hash, 0, _hash.Length);
        }
    }
}

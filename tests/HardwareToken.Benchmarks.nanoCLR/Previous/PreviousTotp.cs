using HardwareToken.Core.Otp;

namespace HardwareToken.Benchmarks.NanoClr.Previous
{
    /// <summary>TOTP through the core's SHA-1 and HMAC as they were at f5c63c0 (34 us per code in the run).</summary>
    public sealed class PreviousTotp
    {
        private readonly HmacSha1 _mac;
        private readonly byte[] _hash = new byte[20];

        public PreviousTotp(byte[] key)
        {
            _mac = new HmacSha1(key, 0, key.Length);
        }

        public int Code(long unixSeconds)
        {
            _mac.ComputeCounter(Totp.Counter(unixSeconds, 30, 0), _hash, 0);
            return Hotp.Truncate(_hash, 0, 6);
        }
    }
}

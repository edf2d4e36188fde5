namespace HardwareToken.Core.Tests.Protocol
{
    /// <summary>
    /// Marsaglia's xorshift32 (shifts 13, 17, 5): a tiny deterministic generator so the fuzz tests replay
    /// identically on the desktop and on nanoFramework without System.Random.
    /// </summary>
    public sealed class XorShift32
    {
        private uint _state;

        public XorShift32(uint seed)
        {
            _state = seed == 0 ? 0x9E3779B9 : seed;
        }

        public uint Next()
        {
            unchecked
            {
                uint x = _state;
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                _state = x;
                return x;
            }
        }

        /// <summary>A value in 0..bound-1 (bound &gt; 0; the tiny modulo bias does not matter here).</summary>
        public int Below(int bound)
        {
            return (int)(Next() % (uint)bound);
        }

        public byte NextByte()
        {
            return (byte)(Next() >> 24);
        }
    }
}

namespace HardwareToken.Core.Crypto
{
    /// <summary>
    /// CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320, init and final XOR 0xFFFFFFFF): the same CRC as
    /// zlib, PNG and Ethernet, so any host can check it. Used by the storage records and the serial frames.
    /// Check value: CRC-32("123456789") = 0xCBF43926.
    /// </summary>
    public static class Crc32
    {
        private static readonly uint[] Table = BuildTable();

        /// <summary>The CRC-32 of <paramref name="count"/> bytes.</summary>
        public static uint Compute(byte[] data, int offset, int count)
        {
            return Finish(Update(Start, data, offset, count));
        }

        /// <summary>The register value before any byte.</summary>
        public const uint Start = 0xFFFFFFFF;

        /// <summary>Feeds more bytes into a running CRC register (start from <see cref="Start"/>).</summary>
        public static uint Update(uint crc, byte[] data, int offset, int count)
        {
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc = Table[(crc ^ data[i]) & 0xFF] ^ (crc >> 8);
            }

            return crc;
        }

        /// <summary>Turns a running register into the final CRC value.</summary>
        public static uint Finish(uint crc)
        {
            return crc ^ 0xFFFFFFFF;
        }

        private static uint[] BuildTable()
        {
            uint[] table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}

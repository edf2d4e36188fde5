namespace HardwareToken.Benchmarks.NanoClr
{
    /// <summary>
    /// The baseline: TOTP as a straightforward managed HMAC-SHA1 would do it, new arrays on every call, the key pads
    /// hashed every time (4 compressions per code), an 80-word schedule and a loop with a branch per round.
    /// </summary>
    public static class NaiveTotp
    {
        public static int Code(byte[] key, long unixSeconds)
        {
            long counter = unixSeconds / 30;
            byte[] message = new byte[8];
            for (int i = 7; i >= 0; i--)
            {
                message[i] = (byte)counter;
                counter >>= 8;
            }

            byte[] inner = new byte[64 + 8];
            byte[] outer = new byte[64 + 20];
            for (int i = 0; i < 64; i++)
            {
                byte k = i < key.Length ? key[i] : (byte)0;
                inner[i] = (byte)(k ^ 0x36);
                outer[i] = (byte)(k ^ 0x5C);
            }

            for (int i = 0; i < 8; i++)
            {
                inner[64 + i] = message[i];
            }

            byte[] innerHash = Sha1(inner);
            for (int i = 0; i < 20; i++)
            {
                outer[64 + i] = innerHash[i];
            }

            byte[] mac = Sha1(outer);
            int offset = mac[19] & 0x0F;
            int binary = ((mac[offset] & 0x7F) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
            return binary % 1000000;
        }

        private static byte[] Sha1(byte[] data)
        {
            unchecked
            {
                uint[] h = new uint[] { 0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0 };
                int blocks = (data.Length + 9 + 63) / 64;
                byte[] padded = new byte[blocks * 64];
                for (int i = 0; i < data.Length; i++)
                {
                    padded[i] = data[i];
                }

                padded[data.Length] = 0x80;
                long bits = (long)data.Length * 8;
                for (int i = 0; i < 8; i++)
                {
                    padded[padded.Length - 1 - i] = (byte)(bits >> (8 * i));
                }

                uint[] w = new uint[80];
                for (int blk = 0; blk < blocks; blk++)
                {
                    for (int t = 0; t < 16; t++)
                    {
                        int p = (blk * 64) + (t * 4);
                        w[t] = ((uint)padded[p] << 24) | ((uint)padded[p + 1] << 16) | ((uint)padded[p + 2] << 8) | padded[p + 3];
                    }

                    for (int t = 16; t < 80; t++)
                    {
                        uint x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
                        w[t] = (x << 1) | (x >> 31);
                    }

                    uint a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
                    for (int t = 0; t < 80; t++)
                    {
                        uint f, k;
                        if (t < 20) { f = (b & c) | (~b & d); k = 0x5A827999; }
                        else if (t < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1; }
                        else if (t < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC; }
                        else { f = b ^ c ^ d; k = 0xCA62C1D6; }
                        uint temp = ((a << 5) | (a >> 27)) + f + e + k + w[t];
                        e = d; d = c; c = (b << 30) | (b >> 2); b = a; a = temp;
                    }

                    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
                }

                byte[] digest = new byte[20];
                for (int i = 0; i < 5; i++)
                {
                    digest[i * 4] = (byte)(h[i] >> 24);
                    digest[(i * 4) + 1] = (byte)(h[i] >> 16);
                    digest[(i * 4) + 2] = (byte)(h[i] >> 8);
                    digest[(i * 4) + 3] = (byte)h[i];
                }

                return digest;
            }
        }
    }
}

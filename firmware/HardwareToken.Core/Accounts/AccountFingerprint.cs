using System;
using HardwareToken.Core.Crypto;

namespace HardwareToken.Core.Accounts
{
    /// <summary>
    /// A 4-byte public identifier of a secret, so the host can confirm which key a slot holds without the key
    /// ever leaving the token: the first 4 bytes of SHA-1("hwtoken-fingerprint-v1" || secret), where the
    /// prefix is the 22 ASCII bytes of that text with no terminator. docs/storage.md gives a host recipe.
    /// </summary>
    /// <remarks>
    /// 32 bits identify, they do not protect: anyone holding the secret can compute the fingerprint, and a
    /// fingerprint does not help to guess a 160-bit secret.
    /// </remarks>
    public static class AccountFingerprint
    {
        /// <summary>Bytes in a fingerprint.</summary>
        public const int Size = 4;

        /// <summary>The domain-separation prefix as ASCII text.</summary>
        public const string Prefix = "hwtoken-fingerprint-v1";

        private static readonly byte[] PrefixBytes = Ascii(Prefix);

        /// <summary>
        /// Writes the fingerprint of <paramref name="length"/> secret bytes to <paramref name="dest"/>.
        /// <paramref name="sha"/> is a scratch instance (reset on entry, wiped on exit).
        /// </summary>
        public static void Compute(Sha1 sha, byte[] secret, int offset, int length, byte[] dest, int destOffset)
        {
            if (sha == null)
            {
                throw new ArgumentNullException("sha");
            }

            if (dest == null)
            {
                throw new ArgumentNullException("dest");
            }

            if (destOffset < 0 || destOffset > dest.Length - Size)
            {
                throw new ArgumentOutOfRangeException("destOffset");
            }

            byte[] digest = new byte[Sha1.HashSize];
            sha.Reset();
            sha.Update(PrefixBytes, 0, PrefixBytes.Length);
            sha.Update(secret, offset, length);
            sha.Final(digest, 0);
            Array.Copy(digest, 0, dest, destOffset, Size);
            Array.Clear(digest, 0, digest.Length);
            sha.Clear();
        }

        private static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}

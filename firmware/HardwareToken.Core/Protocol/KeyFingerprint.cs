using System;
using HardwareToken.Core.Crypto;

namespace HardwareToken.Core.Protocol
{
    /// <summary>
    /// The 4-byte key fingerprint shown by ListSlots (docs/protocol.md §6.2): the first 4 bytes of SHA-1(secret).
    /// It tells which key a slot holds without revealing it; the host computes it over the secret it sent.
    /// </summary>
    public static class KeyFingerprint
    {
        /// <summary>
        /// Writes the fingerprint of <paramref name="secret"/>[offset..offset+count) to <paramref name="destination"/>
        /// at <paramref name="destinationOffset"/>. Allocates a hash state (call it when a key is stored or loaded,
        /// not per frame); wipes its intermediate digest.
        /// </summary>
        public static void Compute(byte[] secret, int offset, int count, byte[] destination, int destinationOffset)
        {
            if (secret == null)
            {
                throw new ArgumentNullException("secret");
            }

            if (destination == null)
            {
                throw new ArgumentNullException("destination");
            }

            if (destinationOffset < 0 || destinationOffset + ProtocolLimits.FingerprintLength > destination.Length)
            {
                throw new ArgumentOutOfRangeException("destinationOffset");
            }

            Sha1 sha = new Sha1();
            sha.Update(secret, offset, count);
            byte[] digest = new byte[Sha1.HashSize];
            sha.Final(digest, 0);
            Array.Copy(digest, 0, destination, destinationOffset, ProtocolLimits.FingerprintLength);
            Array.Clear(digest, 0, digest.Length);
            sha.Clear();
        }
    }
}

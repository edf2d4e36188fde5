using HardwareToken.Core.Accounts;
using HardwareToken.Core.Crypto;

namespace HardwareToken.Core.Protocol
{
    /// <summary>
    /// The 4-byte key fingerprint ListSlots reports (docs/protocol.md §6.2): the first 4 bytes of
    /// SHA-1("hwtoken-fingerprint-v1" || secret), exactly <see cref="AccountFingerprint"/>, which the token
    /// stores. The host computes it over the secret it sent to check the write landed; the key never comes back.
    /// </summary>
    public static class KeyFingerprint
    {
        /// <summary>Writes the fingerprint of <paramref name="count"/> secret bytes at <paramref name="destinationOffset"/>.</summary>
        public static void Compute(byte[] secret, int offset, int count, byte[] destination, int destinationOffset)
        {
            AccountFingerprint.Compute(new Sha1(), secret, offset, count, destination, destinationOffset);
        }
    }
}

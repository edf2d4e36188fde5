using HardwareToken.Core.Protocol;

namespace HardwareToken.Protocol;

/// <summary>One used slot from ListSlots (docs/protocol.md §6.2). Never carries the key.</summary>
/// <param name="Index">Slot 0..7.</param>
/// <param name="Label">The account label.</param>
/// <param name="Digits">6 or 8.</param>
/// <param name="Period">30 or 60 seconds.</param>
/// <param name="Fingerprint">The first 4 bytes of SHA-1(secret), big-endian.</param>
public sealed record SlotInfo(int Index, string Label, int Digits, int Period, uint Fingerprint)
{
    /// <summary>The fingerprint as 8 lowercase hex digits.</summary>
    public string FingerprintHex => Fingerprint.ToString("x8");

    /// <summary>The fingerprint a slot holding <paramref name="secret"/> shows, to check a write landed.</summary>
    public static uint FingerprintOf(ReadOnlySpan<byte> secret)
    {
        byte[] copy = secret.ToArray();
        byte[] fingerprint = new byte[ProtocolLimits.FingerprintLength];
        try
        {
            KeyFingerprint.Compute(copy, 0, copy.Length, fingerprint, 0);
            return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(fingerprint);
        }
        finally
        {
            System.Security.Cryptography.CryptographicOperations.ZeroMemory(copy);
        }
    }
}

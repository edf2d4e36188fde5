using System.Buffers.Binary;
using HardwareToken.Core.Protocol;

namespace HardwareToken.Protocol;

/// <summary>
/// Builds request frames and payloads (docs/protocol.md §2, §5). It only encodes: the field rules are checked
/// by <see cref="TokenSession"/> with the core's <see cref="RequestReader"/>, the same code the token runs.
/// </summary>
public static class RequestEncoder
{
    /// <summary>A complete request frame: header, payload, CRC-32.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Sequence outside 0..255 or payload over 192 bytes.</exception>
    public static byte[] Encode(Opcode opcode, int sequence, ReadOnlySpan<byte> payload)
    {
        if (payload.Length > FrameFormat.MaxPayload)
        {
            throw new ArgumentOutOfRangeException(nameof(payload), $"payload over {FrameFormat.MaxPayload} bytes");
        }

        byte[] buffer = new byte[FrameFormat.Overhead + payload.Length];
        payload.CopyTo(buffer.AsSpan(FrameFormat.PayloadOffset));
        FrameFormat.Seal(buffer, (int)opcode, sequence, payload.Length);
        return buffer;
    }

    /// <summary>
    /// PutSecret's payload: slot, digits, period, label length, label, secret length, secret. A label character
    /// above U+00FF is written as 0x00, which the rules then reject as not printable.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value that does not fit its byte (label or secret over 255).</exception>
    public static byte[] PutSecretPayload(int slot, string label, ReadOnlySpan<byte> secret, int digits, int period)
    {
        ArgumentNullException.ThrowIfNull(label);
        CheckByte(slot, nameof(slot));
        CheckByte(digits, nameof(digits));
        CheckByte(period, nameof(period));
        CheckByte(label.Length, nameof(label));
        CheckByte(secret.Length, nameof(secret));
        byte[] payload = new byte[5 + label.Length + secret.Length];
        payload[0] = (byte)slot;
        payload[1] = (byte)digits;
        payload[2] = (byte)period;
        payload[3] = (byte)label.Length;
        for (int i = 0; i < label.Length; i++)
        {
            payload[4 + i] = label[i] <= 0xFF ? (byte)label[i] : (byte)0;
        }

        payload[4 + label.Length] = (byte)secret.Length;
        secret.CopyTo(payload.AsSpan(5 + label.Length));
        return payload;
    }

    /// <summary>DeleteSlot's and Verify's payload: one byte.</summary>
    public static byte[] SlotPayload(int slot)
    {
        CheckByte(slot, nameof(slot));
        return [(byte)slot];
    }

    /// <summary>SetTime's payload: big-endian i64 Unix seconds.</summary>
    public static byte[] SetTimePayload(long unixSeconds)
    {
        byte[] payload = new byte[8];
        BinaryPrimitives.WriteInt64BigEndian(payload, unixSeconds);
        return payload;
    }

    private static void CheckByte(int value, string name)
    {
        if (value is < 0 or > 0xFF)
        {
            throw new ArgumentOutOfRangeException(name, value, "does not fit the protocol's byte field");
        }
    }
}

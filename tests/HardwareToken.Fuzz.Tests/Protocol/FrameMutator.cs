using System;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Protocol;

namespace HardwareToken.Fuzz.Tests.Protocol;

/// <summary>
/// Byte-level mutations of request frames. Every choice comes from a <see cref="Random"/> seeded by FsCheck, so
/// a failing case replays from its seed. "Resealing" recomputes the CRC over the (possibly lying) header and
/// payload, so the mutation gets past the decoder and reaches the body parsers and the app.
/// </summary>
public static class FrameMutator
{
    /// <summary>Boundary values of every field: slots, digits, periods, label and secret lengths, ASCII, magic.</summary>
    public static readonly byte[] Interesting =
    {
        0x00, 0x01, 0x02, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0B, 0x0C, 0x0D, 0x14, 0x1E, 0x1F, 0x20, 0x28, 0x3C, 0x3F,
        0x40, 0x41, 0x51, 0x7E, 0x7F, 0x80, 0x81, 0x87, 0xA5, 0x5A, 0xBF, 0xC0, 0xC1, 0xFE, 0xFF,
    };

    public static byte InterestingOrRandom(Random r) =>
        r.Next(2) == 0 ? Interesting[r.Next(Interesting.Length)] : (byte)r.Next(256);

    /// <summary>Applies one mutation of <paramref name="kind"/> to a copy of <paramref name="frame"/>.</summary>
    public static byte[] Apply(ChunkKind kind, byte[] frame, byte[] other, Random r, bool reseal)
    {
        byte[] b = (byte[])frame.Clone();
        switch (kind)
        {
            case ChunkKind.BitFlip:
                for (int i = 1 + r.Next(4); i > 0; i--)
                {
                    b[r.Next(b.Length)] ^= (byte)(1 << r.Next(8));
                }

                return reseal ? Reseal(b, r) : b;
            case ChunkKind.ByteSet:
                b[r.Next(b.Length)] = InterestingOrRandom(r);
                return reseal ? Reseal(b, r) : b;
            case ChunkKind.Truncate:
                return b[..r.Next(b.Length)];
            case ChunkKind.LengthLie:
                b[5] = r.Next(3) == 0 ? (byte)(b[5] + r.Next(-3, 4)) : InterestingOrRandom(r);
                return reseal ? Reseal(b, r) : b;
            case ChunkKind.CrcLie:
                b[b.Length - 1 - r.Next(4)] ^= (byte)(1 + r.Next(255));
                return b;
            case ChunkKind.Splice:
                byte[] spliced = Concat(b[..r.Next(b.Length + 1)], other[r.Next(other.Length + 1)..]);
                return reseal && spliced.Length >= FrameFormat.HeaderLength ? Reseal(spliced, r) : spliced;
            case ChunkKind.Insert:
                int at = r.Next(b.Length + 1);
                byte[] inserted = new byte[1 + r.Next(8)];
                for (int i = 0; i < inserted.Length; i++)
                {
                    inserted[i] = InterestingOrRandom(r);
                }

                byte[] grown = Concat(Concat(b[..at], inserted), b[at..]);
                return reseal ? Reseal(grown, r) : grown;
            case ChunkKind.Delete:
                int from = r.Next(b.Length);
                int count = Math.Min(1 + r.Next(8), b.Length - from);
                byte[] shrunk = Concat(b[..from], b[(from + count)..]);
                return reseal && shrunk.Length >= FrameFormat.HeaderLength ? Reseal(shrunk, r) : shrunk;
            case ChunkKind.Duplicate:
                return Concat(b, r.Next(2) == 0 ? b : b[..r.Next(b.Length)]);
            case ChunkKind.FieldEdit:
                int length = b[5];
                int position = length > 0 ? FrameFormat.PayloadOffset + r.Next(Math.Min(length, 20)) : 5;
                b[position] = InterestingOrRandom(r);
                if (r.Next(3) == 0 && length > 1)
                {
                    b[FrameFormat.PayloadOffset + r.Next(length)] = InterestingOrRandom(r);
                }

                return Reseal(b, r);
            case ChunkKind.VersionEdit:
                b[2] = (byte)(r.Next(3) == 0 ? 0 : r.Next(2, 256));
                return Reseal(b, r);
            case ChunkKind.OpcodeEdit:
                b[3] = InterestingOrRandom(r);
                return Reseal(b, r);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a mutation");
        }
    }

    /// <summary>
    /// Makes the bytes a frame of the length their length byte declares (truncating, or padding with random
    /// bytes) and writes the right CRC; a declared length over 192 is left as it is.
    /// </summary>
    public static byte[] Reseal(byte[] b, Random r)
    {
        if (b.Length < FrameFormat.HeaderLength || b[5] > FrameFormat.MaxPayload)
        {
            return b;
        }

        int total = FrameFormat.Overhead + b[5];
        byte[] frame = new byte[total];
        Array.Copy(b, frame, Math.Min(b.Length, total));
        for (int i = b.Length; i < total - FrameFormat.CrcLength; i++)
        {
            frame[i] = (byte)r.Next(256);
        }

        uint crc = Crc32.Compute(frame, 0, total - FrameFormat.CrcLength);
        BigEndian.WriteUInt32(crc, frame, total - FrameFormat.CrcLength);
        return frame;
    }

    public static byte[] Concat(byte[] a, byte[] b)
    {
        byte[] result = new byte[a.Length + b.Length];
        a.CopyTo(result, 0);
        b.CopyTo(result, a.Length);
        return result;
    }
}

using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using HardwareToken.Core.Crypto;
using HardwareToken.Core.Protocol;
using HardwareToken.Core.Tests.App;
using HardwareToken.Core.Tests.Protocol;

namespace HardwareToken.Fuzz.Tests.Protocol;

/// <summary>
/// FsCheck generators of host traffic: valid requests of every opcode (with field values at and around the
/// protocol's limits), their mutations, random frames and noise, with pauses in between that straddle the
/// decoder's 1000 ms inter-byte timeout.
/// </summary>
public static class FrameGen
{
    /// <summary>A seed for the byte fillers (FsCheck picks it, so cases replay).</summary>
    public static readonly Gen<int> Seed = Gen.Choose(0, int.MaxValue - 1);

    public static readonly Gen<bool> Bool = Gen.Elements(false, true);

    /// <summary><paramref name="min"/>..<paramref name="max"/> random bytes.</summary>
    public static Gen<byte[]> Bytes(int min, int max) =>
        from n in Gen.Choose(min, max)
        from seed in Seed
        select Fill(seed, n);

    public static byte[] Fill(int seed, int count)
    {
        byte[] bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static readonly Gen<byte> InterestingByte = Gen.Elements(FrameMutator.Interesting);

    public static readonly Gen<int> Slot = Gen.Frequency((8, Gen.Choose(0, 7)), (1, Gen.Choose(8, 255)));

    /// <summary>Printable labels of 1..12 characters.</summary>
    public static readonly Gen<byte[]> Label =
        from n in Gen.Choose(1, ProtocolLimits.MaxLabelLength)
        from seed in Seed
        select Printable(seed, n);

    private static byte[] Printable(int seed, int n)
    {
        var r = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => (byte)r.Next(0x20, 0x7F)).ToArray();
    }

    /// <summary>A PutSecret payload that satisfies every rule.</summary>
    public static readonly Gen<byte[]> GoodPutSecret =
        from slot in Gen.Choose(0, 7)
        from digits in Gen.Elements(6, 8)
        from period in Gen.Elements(30, 60)
        from label in Label
        from secret in Bytes(1, ProtocolLimits.MaxSecretLength)
        select ProtocolTestKit.PutSecretPayload(slot, digits, period, label, secret);

    /// <summary>A PutSecret payload with a consistent layout but fields at and over their limits.</summary>
    public static readonly Gen<byte[]> WildPutSecret =
        from slot in Gen.OneOf(Slot, InterestingByte.Select(b => (int)b))
        from digits in Gen.OneOf(Gen.Elements(6, 8), InterestingByte.Select(b => (int)b))
        from period in Gen.OneOf(Gen.Elements(30, 60), InterestingByte.Select(b => (int)b))
        from labelLength in Gen.Frequency((6, Gen.Choose(1, 12)), (1, Gen.Constant(0)), (1, Gen.Choose(13, 20)))
        from labelSeed in Seed
        from badLabel in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from secretLength in Gen.Frequency((6, Gen.Choose(1, 64)), (1, Gen.Constant(0)), (1, Gen.Choose(65, 80)))
        from secretSeed in Seed
        select ProtocolTestKit.PutSecretPayload(slot, digits, period, WildLabel(labelSeed, labelLength, badLabel), Fill(secretSeed, secretLength));

    private static byte[] WildLabel(int seed, int n, bool bad)
    {
        byte[] label = Printable(seed, n);
        if (bad && n > 0)
        {
            var r = new Random(seed ^ 0x5A5A);
            label[r.Next(n)] = r.Next(2) == 0 ? (byte)r.Next(0x00, 0x20) : (byte)r.Next(0x7F, 0x100);
        }

        return label;
    }

    /// <summary>SetTime values: near now, at the protocol's and the firmware build's edges, and anything.</summary>
    public static readonly Gen<long> TimeValue = Gen.Frequency(
        (4, Gen.Choose(-864000, 864000).Select(d => TokenHarness.Now + d)),
        (3, Gen.Elements(
            ProtocolLimits.MinSettableUnixSeconds - 1,
            ProtocolLimits.MinSettableUnixSeconds,
            TokenHarness.Build - 1,
            TokenHarness.Build,
            ProtocolLimits.EndSettableUnixSeconds - 1,
            ProtocolLimits.EndSettableUnixSeconds,
            0L,
            -1L,
            long.MinValue,
            long.MaxValue,
            TokenHarness.Now + (20L * 365 * 86400))),
        (2, from hi in Gen.Choose(int.MinValue, int.MaxValue) from lo in Gen.Choose(int.MinValue, int.MaxValue) select ((long)hi << 32) | (uint)lo));

    public static byte[] Int64(long value)
    {
        byte[] b = new byte[8];
        BigEndian.WriteInt64(value, b, 0);
        return b;
    }

    /// <summary>An (opcode, payload) pair: every opcode, mostly well-formed.</summary>
    public static readonly Gen<(int Opcode, byte[] Payload)> Request = Gen.Frequency(
        (2, Gen.Constant(((int)Opcode.Info, Array.Empty<byte>()))),
        (2, Gen.Constant(((int)Opcode.ListSlots, Array.Empty<byte>()))),
        (4, GoodPutSecret.Select(p => ((int)Opcode.PutSecret, p))),
        (4, WildPutSecret.Select(p => ((int)Opcode.PutSecret, p))),
        (2, Slot.Select(s => ((int)Opcode.DeleteSlot, new[] { (byte)s }))),
        (1, Gen.Constant(((int)Opcode.WipeAll, Array.Empty<byte>()))),
        (3, TimeValue.Select(t => ((int)Opcode.SetTime, Int64(t)))),
        (3, Slot.Select(s => ((int)Opcode.Verify, new[] { (byte)s }))),
        (1, from op in Gen.Choose(0, 255) from p in Bytes(0, 24) select (op, p)));

    /// <summary>A sealed request frame.</summary>
    public static readonly Gen<byte[]> ValidFrame =
        from request in Request
        from sequence in Gen.Choose(0, 255)
        select ProtocolTestKit.Request(request.Opcode, sequence, request.Payload);

    /// <summary>Silence before a chunk: mostly short, sometimes around and past the 1000 ms timeout.</summary>
    public static readonly Gen<int> Gap = Gen.Frequency(
        (20, Gen.Choose(0, 30)),
        (2, Gen.Elements(999, 1000, 1001)),
        (2, Gen.Choose(1002, 2000)));

    private static readonly ChunkKind[] Mutations =
    {
        ChunkKind.BitFlip, ChunkKind.ByteSet, ChunkKind.Truncate, ChunkKind.LengthLie, ChunkKind.CrcLie,
        ChunkKind.Splice, ChunkKind.Insert, ChunkKind.Delete, ChunkKind.Duplicate, ChunkKind.FieldEdit,
        ChunkKind.VersionEdit, ChunkKind.OpcodeEdit,
    };

    public static readonly Gen<Chunk> Mutated =
        from frame in ValidFrame
        from other in ValidFrame
        from kind in Gen.Elements(Mutations)
        from reseal in Bool
        from seed in Seed
        select Make(kind, frame, other, seed, reseal);

    private static Chunk Make(ChunkKind kind, byte[] frame, byte[] other, int seed, bool reseal)
    {
        bool alwaysResealed = kind == ChunkKind.FieldEdit || kind == ChunkKind.VersionEdit || kind == ChunkKind.OpcodeEdit;
        bool neverResealed = kind == ChunkKind.Truncate || kind == ChunkKind.CrcLie || kind == ChunkKind.Duplicate;
        bool resealed = alwaysResealed || (reseal && !neverResealed);
        return new Chunk(kind, resealed, 0, FrameMutator.Apply(kind, frame, other, new Random(seed), resealed));
    }

    /// <summary>A frame with random header fields; the CRC is right two times in three.</summary>
    public static readonly Gen<Chunk> RandomFrame =
        from version in Gen.Frequency((3, Gen.Constant(1)), (1, Gen.Choose(0, 255)))
        from opcode in Gen.Choose(0, 255)
        from sequence in Gen.Choose(0, 255)
        from length in Gen.Frequency((6, Gen.Choose(0, 96)), (1, Gen.Choose(97, 255)), (1, InterestingByte.Select(b => (int)b)))
        from payload in Bytes(Math.Min(length, FrameFormat.MaxPayload), Math.Min(length, FrameFormat.MaxPayload))
        from goodCrc in Gen.Frequency((2, Gen.Constant(true)), (1, Gen.Constant(false)))
        select new Chunk(ChunkKind.RandomFrame, goodCrc, 0, RawFrame(version, opcode, sequence, length, payload, goodCrc));

    private static byte[] RawFrame(int version, int opcode, int sequence, int length, byte[] payload, bool goodCrc)
    {
        byte[] frame = ProtocolTestKit.RawFrame(version, opcode, sequence, length, payload);
        if (!goodCrc)
        {
            frame[^1] ^= 0x5A;
        }

        return frame;
    }

    public static readonly Gen<Chunk> Noise =
        from bytes in Bytes(1, 300)
        select new Chunk(ChunkKind.Noise, false, 0, bytes);

    public static readonly Gen<Chunk> MagicNoise =
        from bytes in Bytes(1, 300)
        from seed in Seed
        select new Chunk(ChunkKind.MagicNoise, false, 0, Magicify(bytes, seed));

    private static byte[] Magicify(byte[] bytes, int seed)
    {
        var r = new Random(seed);
        for (int i = 0; i < bytes.Length; i++)
        {
            int roll = r.Next(10);
            if (roll < 2)
            {
                bytes[i] = FrameFormat.Magic0;
            }
            else if (roll < 3)
            {
                bytes[i] = FrameFormat.Magic1;
            }
            else if (roll < 4)
            {
                bytes[i] = FrameFormat.Version;
            }
        }

        return bytes;
    }

    /// <summary>One chunk of any kind, with its pause.</summary>
    public static readonly Gen<Chunk> Chunk =
        from chunk in Gen.Frequency(
            (3, ValidFrame.Select(f => new Chunk(ChunkKind.Valid, false, 0, f))),
            (8, Mutated),
            (2, RandomFrame),
            (1, Noise),
            (1, MagicNoise))
        from gap in Gap
        select chunk.WithGap(gap);

    /// <summary>Sessions of 1..<paramref name="maxChunks"/> chunks, shrinking by dropping chunks.</summary>
    public static Arbitrary<Session> Sessions(int maxChunks) =>
        Arb.From(
            from n in Gen.Choose(1, maxChunks)
            from chunks in Gen.ListOf(Chunk, n)
            select new Session(chunks),
            s => s.Shrink());
}

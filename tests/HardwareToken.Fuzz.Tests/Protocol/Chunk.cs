using System;
using System.Collections.Generic;
using System.Linq;

namespace HardwareToken.Fuzz.Tests.Protocol;

/// <summary>How a chunk of host bytes was made.</summary>
public enum ChunkKind
{
    /// <summary>A well-formed request frame, unchanged.</summary>
    Valid,

    /// <summary>1..4 random bits flipped anywhere.</summary>
    BitFlip,

    /// <summary>One byte set to a boundary value or a random one.</summary>
    ByteSet,

    /// <summary>Cut short.</summary>
    Truncate,

    /// <summary>The length byte changed.</summary>
    LengthLie,

    /// <summary>A CRC byte changed.</summary>
    CrcLie,

    /// <summary>The start of one frame and the end of another.</summary>
    Splice,

    /// <summary>1..8 bytes inserted.</summary>
    Insert,

    /// <summary>1..8 bytes deleted.</summary>
    Delete,

    /// <summary>The frame followed by a copy of it or of its start.</summary>
    Duplicate,

    /// <summary>A payload byte set to a boundary value, CRC recomputed: aimed at the body parsers.</summary>
    FieldEdit,

    /// <summary>The version byte changed, CRC recomputed.</summary>
    VersionEdit,

    /// <summary>The opcode byte changed, CRC recomputed.</summary>
    OpcodeEdit,

    /// <summary>A frame with random header fields and payload.</summary>
    RandomFrame,

    /// <summary>Random bytes.</summary>
    Noise,

    /// <summary>Random bytes rich in the magic bytes A5 and 5A.</summary>
    MagicNoise,
}

/// <summary>One unit of fuzz input (counted as one frame): bytes the host sends after a pause.</summary>
public sealed class Chunk
{
    public Chunk(ChunkKind kind, bool resealed, int gapMilliseconds, byte[] bytes)
    {
        Kind = kind;
        Resealed = resealed;
        GapMilliseconds = gapMilliseconds;
        Bytes = bytes;
    }

    public ChunkKind Kind { get; }

    /// <summary>True when the CRC was recomputed after the mutation (a lie the CRC cannot catch).</summary>
    public bool Resealed { get; }

    /// <summary>Silence on the line before the bytes.</summary>
    public int GapMilliseconds { get; }

    public byte[] Bytes { get; }

    public Chunk WithGap(int gapMilliseconds) => new Chunk(Kind, Resealed, gapMilliseconds, Bytes);

    public override string ToString() =>
        Kind + (Resealed ? "+crc" : string.Empty) + " after " + GapMilliseconds + " ms: " + Convert.ToHexString(Bytes);
}

/// <summary>A run of chunks fed to one decoder or one token; shrinks by dropping chunks.</summary>
public sealed class Session
{
    public Session(IReadOnlyList<Chunk> chunks)
    {
        Chunks = chunks;
    }

    public IReadOnlyList<Chunk> Chunks { get; }

    public IEnumerable<Session> Shrink()
    {
        for (int i = 0; i < Chunks.Count; i++)
        {
            int skip = i;
            yield return new Session(Chunks.Where((_, j) => j != skip).ToList());
        }
    }

    public override string ToString() =>
        Chunks.Count + " chunks:" + Environment.NewLine + string.Join(Environment.NewLine, Chunks.Select(c => "  " + c));
}

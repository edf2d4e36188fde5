using HardwareToken.Core.Tests.Fakes;

namespace HardwareToken.Fuzz.Tests.Storage;

/// <summary>One way to lose power during a save, armed on <see cref="MemoryStorage"/> before the confirming press.</summary>
public readonly struct PowerCut
{
    private readonly int _kind;
    private readonly int _garbage;
    private readonly uint _seed;

    private PowerCut(int kind, int offset, int garbage, uint seed)
    {
        _kind = kind;
        Offset = offset;
        _garbage = garbage;
        _seed = seed;
    }

    /// <summary>True for <see cref="Clean"/> cuts.</summary>
    public bool IsClean => _kind == 0;

    /// <summary>True for <see cref="Scattered"/> cuts.</summary>
    public bool IsScattered => _kind == 2;

    /// <summary>Bytes of the save stored before the cut.</summary>
    public int Offset { get; }

    /// <summary>Bytes 0..offset-1 stored; the byte at the cut keeps its old value.</summary>
    public static PowerCut Clean(int offset) => new PowerCut(0, offset, -1, 0);

    /// <summary>As <see cref="Clean"/>, and the byte at the cut reads as <paramref name="garbage"/> (half-programmed).</summary>
    public static PowerCut Garbage(int offset, int garbage) => new PowerCut(1, offset, garbage, 0);

    /// <summary>The write reaching <paramref name="offset"/> stores a pseudo-random subset of all its bytes (the port contract's worst case).</summary>
    public static PowerCut Scattered(int offset, uint seed) => new PowerCut(2, offset, -1, seed);

    public void Arm(MemoryStorage storage)
    {
        switch (_kind)
        {
            case 0:
                storage.CutAfterBytes(Offset);
                break;
            case 1:
                storage.CutAfterBytes(Offset, _garbage);
                break;
            default:
                storage.CutScattered(Offset, _seed);
                break;
        }
    }

    public override string ToString() => _kind switch
    {
        0 => "clean cut after byte " + Offset,
        1 => "cut after byte " + Offset + " leaving 0x" + _garbage.ToString("X2"),
        _ => "scattered cut in the write reaching byte " + Offset + " (seed " + _seed + ")",
    };
}

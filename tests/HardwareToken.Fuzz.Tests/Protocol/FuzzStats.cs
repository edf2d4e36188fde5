using System.Collections.Generic;
using System.Linq;

namespace HardwareToken.Fuzz.Tests.Protocol;

/// <summary>Counts what a fuzz run fed and what came back, for the statistics line in the test output.</summary>
public sealed class FuzzStats
{
    private readonly SortedDictionary<string, long> _counts = new();

    public long Sessions;
    public long Frames;
    public long Bytes;

    public void Count(string what, long n = 1)
    {
        _counts.TryGetValue(what, out long old);
        _counts[what] = old + n;
    }

    public long this[string what] => _counts.TryGetValue(what, out long n) ? n : 0;

    public string Summary() => string.Join(", ", _counts.Select(kv => kv.Key + "=" + kv.Value));
}

using System;
using System.Globalization;
using FsCheck;
using Microsoft.FSharp.Core;

namespace HardwareToken.Fuzz.Tests;

/// <summary>
/// Run sizes and seeds for the fuzz and property tests. By default the runs are small and replay the same
/// seed, so CI is fast and deterministic. <c>HWTOKEN_FUZZ_LONG=1</c> switches to the long run (at least
/// 1,000,000 frames per protocol target) with a fresh seed; <c>HWTOKEN_FUZZ_SEED=n</c> replays a seed (every
/// failure message and every statistics line names the seed it used).
/// </summary>
internal static class FuzzSettings
{
    private const ulong DefaultSeed = 0x48574B5446555A5AUL; // "HWKTFUZZ"

    /// <summary>True when HWTOKEN_FUZZ_LONG=1.</summary>
    public static readonly bool Long = Environment.GetEnvironmentVariable("HWTOKEN_FUZZ_LONG") == "1";

    /// <summary>The seed of this run.</summary>
    public static readonly ulong Seed = ChooseSeed();

    /// <summary>"default" or "long".</summary>
    public static string Mode => Long ? "long" : "default";

    /// <summary>The CI-fast count, or the long-mode one.</summary>
    public static int Pick(int fast, int longRun) => Long ? longRun : fast;

    /// <summary>An FsCheck configuration that throws on failure, runs <paramref name="tests"/> cases and replays <see cref="Seed"/>.</summary>
    public static Config Config(int tests) =>
        FsCheck.Config.QuickThrowOnFailure
            .WithMaxTest(tests)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(Seed), FSharpOption<int>.None)));

    private static ulong ChooseSeed()
    {
        string text = Environment.GetEnvironmentVariable("HWTOKEN_FUZZ_SEED");
        if (!string.IsNullOrEmpty(text))
        {
            return ulong.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture);
        }

        return Long ? (ulong)Random.Shared.NextInt64(long.MaxValue) : DefaultSeed;
    }
}
